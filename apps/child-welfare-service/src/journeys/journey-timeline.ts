import type { Fact } from '../person-file/person-file';
import type { TimelineEntry } from './family-journey';
import { childIdsIn, sourceOf, typed } from './journey-facts';

const months = (n: number) => `${n} month${n === 1 ? '' : 's'}`;
const listed = (ids: readonly string[]) => (ids.length === 0 ? 'the children (not named)' : `${ids.length} child${ids.length === 1 ? '' : 'ren'}`);

/** One fact in plain words, as a monitor or a caregiver would want to read it. */
export function factSummary(fact: Fact): string {
  const f = typed(fact);
  switch (f.type) {
    case 'ArrestMade':
      return `Arrested at ${f.data.place}, ${f.data.province}, by unit ${f.data.arrestingUnit.unitId} on suspicion of ${f.data.suspectedOffence.name.toLowerCase()}`;
    case 'DependantsScreeningRecorded':
      return `Asked by the police about her children: ${f.data.answer}${f.data.numberOfChildren === null ? '' : `, ${f.data.numberOfChildren} recorded`}`;
    case 'CareArrangementMade':
      return `Care arranged with ${f.data.caregiver.name ?? 'an unnamed caregiver'} (${f.data.caregiver.relation})${f.data.madeBeforeCustody ? ' before custody' : ' after custody'}`;
    case 'FamilyContactGiven':
      return `She contacted ${f.data.contactedName ?? 'her family'} (${f.data.contactedRelation}) by ${f.data.method} about ${listed(f.data.childIds)}`;
    case 'ChildGivenExplanation':
      return `The child was told what was happening, by ${f.data.explainedBy}`;
    case 'TakenIntoPoliceCustody':
      return `Taken into police custody at ${f.data.facility}`;
    case 'BroughtBeforeJudicialAuthority':
      return `Brought before the ${f.data.authority}${f.data.authorityName ? ` (${f.data.authorityName})` : ''}`;
    case 'PoliceCustodyExtended':
      return `Police custody extended by ${f.data.authorisedBy} until ${f.data.until}`;
    case 'ReleasedWithoutCharge':
      return `Released without charge: ${f.data.reason}`;
    case 'ReleasedOnPoliceBail':
      return `Released on police bail: ${f.data.conditions}`;
    case 'ReleasedOnJudicialOrder':
      return `Released from police custody on the order of ${f.data.orderedBy} (${f.data.orderKind})`;
    case 'ConsularContactOffered':
      return `Consular contact ${f.data.outcome} by the police: ${f.data.consulate}`;
    case 'CaseFileHandedToProsecutor':
      return `Case file handed to the prosecutor${f.data.courtCaseReference ? ` (case ${f.data.courtCaseReference})` : ''}`;
    case 'TransferredToPrison':
      return `Taken from police custody to ${f.data.prisonFacility}`;
    case 'ArrestRecordCorrected':
      return `Arrest record corrected (${f.data.field}): ${f.data.reason}`;
    case 'CaseOpened':
      return `Charged in case ${f.data.caseReference}: ${f.data.charges.map((c) => c.offence.toLowerCase()).join(', ')}`;
    case 'LegalRepresentationRecorded':
      return f.data.represented ? `Represented by ${f.data.lawyerName ?? 'a lawyer'}${f.data.organisation ? ` (${f.data.organisation})` : ''}` : 'Recorded as having no lawyer';
    case 'PretrialDecisionMade':
      return pretrialSummary(f.data.outcome, f.data.judge, f.data.detentionMonths);
    case 'PretrialDetentionExtended':
      return `Pre-trial detention extended by ${f.data.judge} for ${months(f.data.additionalMonths)}`;
    case 'HearingScheduled':
      return `${capitalised(f.data.kind)} hearing set for ${f.data.hearingAt} at ${f.data.place}`;
    case 'FamilyNotifiedOfHearing':
      return `The court told ${f.data.notifiedPerson} of a hearing, by ${f.data.method}`;
    case 'VerdictDelivered':
      return `Verdict: ${f.data.findings.map((x) => x.outcome).join(', ') || 'no findings'}`;
    case 'SentenceImposed':
      return `Sentenced to ${months(f.data.custodialMonths)} in prison${f.data.suspendedMonths > 0 ? `, ${months(f.data.suspendedMonths)} suspended` : ''}`;
    case 'AppealFiled':
      return `Appeal filed by the ${f.data.filedBy}${f.data.detainedPendingAppeal ? '; she stays detained meanwhile' : ''}`;
    case 'AppealDecided':
      return `Appeal decided: ${f.data.outcome}${f.data.newCustodialMonths === null ? '' : `, now ${months(f.data.newCustodialMonths)}`}`;
    case 'ClemencyGranted':
      return f.data.kind === 'sentence-reduction' ? `Sentence reduced by ${months(f.data.reductionMonths ?? 0)}` : `Granted ${f.data.kind}`;
    case 'CaseClosed':
      return `Case closed: ${f.data.reason}`;
    case 'PersonAdmitted':
      return `Admitted to prison ${f.data.facilityId} (${f.data.legalStatus})`;
    case 'ChildrenRecordedAtAdmission':
      return `Asked by the prison about her children: ${f.data.answer}${f.data.numberOfChildren === null ? '' : `, ${f.data.numberOfChildren} recorded`}`;
    case 'ChildAdmittedWithParent':
      return `The child came into prison with her: ${f.data.reason}`;
    case 'ChildAssessed':
      return `The child was assessed: ${f.data.outcome}`;
    case 'ChildLeftPrison':
      return `The child left prison to live with ${f.data.toWhom}`;
    case 'PregnancyRecorded':
      return `Pregnancy recorded${f.data.expectedDeliveryDate ? `, due ${f.data.expectedDeliveryDate}` : ''}`;
    case 'ChildBornInCustody':
      return 'The child was born while she was held';
    case 'VisitTookPlace':
      return `Visit (${f.data.setting}, ${f.data.durationMinutes} min)${f.data.fee && f.data.fee.amount > 0 ? `, fee ${f.data.fee.amount} ${f.data.fee.currency}` : ''}`;
    case 'PhoneCallMade':
      return `Phone call with ${f.data.withWhom} (${f.data.durationMinutes} min)`;
    case 'PrisonerTransferred':
      return `Moved from prison ${f.data.fromFacilityId} to ${f.data.toFacilityId}: ${f.data.reason}`;
    case 'FamilyNotified':
      return `The prison told ${f.data.notifiedPerson} about the ${f.data.about}, by ${f.data.method}`;
    case 'MedicalEventRecorded':
      return `${f.data.childId === null ? 'She' : 'The child'} ${f.data.kind === 'hospitalised' ? 'was taken to hospital' : f.data.kind === 'serious-illness' ? 'fell seriously ill' : 'had a medical event'}`;
    case 'ChildMedicalEventRecorded':
      return `The child ${f.data.kind === 'hospitalised' ? 'was taken to hospital' : f.data.kind === 'serious-illness' ? 'fell seriously ill' : 'had a medical event'}${f.data.where ? ` (${f.data.where})` : ''}`;
    case 'ParentToldOfChildMedicalEvent':
      return `She was told of the child's medical event, by ${f.data.toldBy}`;
    case 'ReleaseScheduled':
      return `Release scheduled for ${f.data.releaseOn} (${f.data.reason})`;
    case 'PersonReleased':
      return `Released to ${f.data.releasedTo}`;
    case 'HomeLeaveGranted':
      return `Home leave granted from ${f.data.leaveFrom} to ${f.data.leaveUntil}`;
    case 'ReturnedFromHomeLeave':
      return 'Returned from home leave';
    case 'ConsularContactRecorded':
      return `Consular contact ${f.data.kind}: ${f.data.consulate}`;
    case 'DisciplinarySanctionImposed':
      return `Disciplinary sanction: ${f.data.sanction} for ${f.data.days} days${f.data.restrictsFamilyContact ? ', restricting contact with her family' : ''}`;
    default: {
      const _exhaustive: never = f;
      return _exhaustive;
    }
  }
}

function pretrialSummary(outcome: 'detention' | 'judicial-supervision' | 'release', judge: string, detentionMonths: number | null): string {
  switch (outcome) {
    case 'detention':
      return `Pre-trial detention ordered by ${judge}${detentionMonths === null ? '' : ` for ${months(detentionMonths)}`}`;
    case 'judicial-supervision':
      return `Placed under judicial supervision by ${judge}`;
    case 'release':
      return `Released to await trial by ${judge}`;
    default: {
      const _exhaustive: never = outcome;
      return _exhaustive;
    }
  }
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How the child appears in a record that lists all her children: where the record says this child lives. */
function childVoice(fact: Fact, childIds: readonly string[]): string | null {
  const f = typed(fact);
  if (f.type === 'DependantsScreeningRecorded') {
    const c = f.data.children.find((x) => childIds.includes(x.childId));
    if (c) return `Recorded by the police at the arrest: ${c.whereabouts}${c.caregiver ? `, cared for by ${c.caregiver.name ?? 'someone unnamed'} (${c.caregiver.relation})` : ''}`;
  }
  if (f.type === 'ChildrenRecordedAtAdmission') {
    const c = f.data.children.find((x) => childIds.includes(x.childId));
    if (c) return `Recorded by the prison at her admission: ${c.livesWhere ?? 'where the child lives was not recorded'} (${c.custodyStatus})`;
  }
  return null;
}

const entry = (fact: Fact, summary: string): TimelineEntry => ({ at: fact.occurredAt, receivedAt: fact.receivedAt, summary, source: sourceOf(fact) });

/** The parent's timeline: every fact in the file, in event order. */
export function parentTimeline(facts: readonly Fact[]): TimelineEntry[] {
  return facts.map((f) => entry(f, factSummary(f)));
}

/** Records about all her children concern each of them, even the ones they do not list. */
const FAMILY_RECORDS: ReadonlySet<string> = new Set(['DependantsScreeningRecorded', 'ChildrenRecordedAtAdmission']);

/**
 * A child's timeline: the parent's path plus the child's own facts. Facts about her other
 * children only (their visits, their care) are left out: each child's story is their own.
 */
export function childTimeline(facts: readonly Fact[], childIds: readonly string[]): TimelineEntry[] {
  return facts.flatMap((f) => {
    const ids = childIdsIn(f);
    const mine = ids.some((id) => childIds.includes(id));
    if (!mine && ids.length > 0 && !FAMILY_RECORDS.has(f.type)) return [];
    return [entry(f, (mine ? childVoice(f, childIds) : null) ?? factSummary(f))];
  });
}
