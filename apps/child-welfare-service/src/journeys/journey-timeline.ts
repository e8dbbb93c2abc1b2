import type { Fact } from '../person-file/person-file';
import { sentenceCase, type ParentWords, type RuleWords } from '../safeguards/rule-words';
import type { TimelineEntry } from './family-journey';
import { childIdsIn, sourceOf, typed } from './journey-facts';
import {
  ABOUT,
  AGENCY_ANSWER,
  APPEAL_OUTCOME,
  AUTHORITY,
  CARE_STATUS,
  CONSULAR,
  FIELD,
  HEARING,
  LEGAL_STATUS,
  METHOD,
  ORDER,
  RELATION,
  RELEASE_REASON,
  VISIT,
  WHEREABOUTS,
} from './timeline-vocabulary';

/**
 * Who a timeline speaks to and of: the jurisdiction's words (its time zone, locale, plurals) and
 * the parent as the records name them (the mother, the father, or the parent).
 */
export interface TimelineVoice {
  readonly words: RuleWords;
  readonly parent: ParentWords;
}

/** One fact in plain words, as a monitor or a caregiver would want to read it: no codes, times in the jurisdiction's zone. */
export function factSummary(fact: Fact, voice: TimelineVoice): string {
  const { words: w, parent: p } = voice;
  const months = (n: number) => w.count(n, 'month', 'months');
  const f = typed(fact);
  switch (f.type) {
    case 'ArrestMade':
      return `Arrested at ${f.data.place}, ${f.data.province}, by police unit ${f.data.arrestingUnit.unitId} on suspicion of ${f.data.suspectedOffence.name.toLowerCase()}`;
    case 'DependantsScreeningRecorded':
      return `Asked by the police about children: ${answerWords(AGENCY_ANSWER[f.data.answer], f.data.numberOfChildren, voice)}`;
    case 'CareArrangementMade':
      return `Care arranged with ${caregiverWords(f.data.caregiver)} ${f.data.madeBeforeCustody ? 'before police custody' : 'after police custody began'}`;
    case 'FamilyContactGiven':
      return `${sentenceCase(p.noun)} contacted ${f.data.contactedName ? `${f.data.contactedName} (${RELATION[f.data.contactedRelation]})` : RELATION[f.data.contactedRelation]} ${METHOD[f.data.method]} about ${childrenWords(f.data.childIds, w)}`;
    case 'ChildGivenExplanation':
      return `The child was told what was happening, by ${f.data.explainedBy}`;
    case 'TakenIntoPoliceCustody':
      return `Taken into police custody at ${f.data.facility}`;
    case 'BroughtBeforeJudicialAuthority':
      return `Brought before ${AUTHORITY[f.data.authority]}${f.data.authorityName ? ` (${f.data.authorityName})` : ''}`;
    case 'PoliceCustodyExtended':
      return `Police custody extended by ${f.data.authorisedBy} until ${w.instant(f.data.until)}`;
    case 'ReleasedWithoutCharge':
      return `Released without charge: ${f.data.reason}`;
    case 'ReleasedOnPoliceBail':
      return `Released on police bail: ${f.data.conditions}`;
    case 'ReleasedOnJudicialOrder':
      return `Released from police custody ${ORDER[f.data.orderKind]}, on the order of ${f.data.orderedBy}`;
    case 'ConsularContactOffered':
      return `Consular contact with ${f.data.consulate}: ${CONSULAR[f.data.outcome]}`;
    case 'CaseFileHandedToProsecutor':
      return `Case file handed to the prosecutor${f.data.courtCaseReference ? ` (case ${f.data.courtCaseReference})` : ''}`;
    case 'TransferredToPrison':
      return `Taken from police custody to ${f.data.prisonFacility}`;
    case 'ArrestRecordCorrected':
      return `Arrest record corrected (${FIELD[f.data.field]}): ${f.data.reason}`;
    case 'CaseOpened':
      return `Charged in case ${f.data.caseReference}: ${f.data.charges.map((c) => c.offence.toLowerCase()).join(', ')}`;
    case 'LegalRepresentationRecorded':
      return f.data.represented
        ? `Represented by ${f.data.lawyerName ?? 'a lawyer'}${f.data.organisation ? ` (${f.data.organisation})` : ''}`
        : 'Recorded as having no lawyer';
    case 'PretrialDecisionMade':
      return pretrialSummary(f.data.outcome, f.data.judge, f.data.detentionMonths === null ? null : months(f.data.detentionMonths));
    case 'PretrialDetentionExtended':
      return `Pre-trial detention extended by ${f.data.judge} for ${months(f.data.additionalMonths)}`;
    case 'HearingScheduled':
      return `${sentenceCase(HEARING[f.data.kind])} set for ${w.instant(f.data.hearingAt)} at ${f.data.place}`;
    case 'FamilyNotifiedOfHearing':
      return `The court told ${f.data.notifiedPerson} of a hearing, ${METHOD[f.data.method]}`;
    case 'VerdictDelivered':
      return `Verdict: ${verdictWords(
        f.data.findings.map((x) => x.outcome),
        w,
      )}`;
    case 'SentenceImposed':
      return `Sentenced to ${months(f.data.custodialMonths)} in prison${f.data.suspendedMonths > 0 ? `, ${months(f.data.suspendedMonths)} suspended` : ''}`;
    case 'AppealFiled':
      return `Appeal filed by the ${f.data.filedBy === 'prosecution' ? 'prosecution' : 'defence'}${f.data.detainedPendingAppeal ? `; ${p.subject} ${p.is} kept in detention meanwhile` : ''}`;
    case 'AppealDecided':
      return `Appeal decided: ${APPEAL_OUTCOME[f.data.outcome]}${f.data.newCustodialMonths === null ? '' : `, now ${months(f.data.newCustodialMonths)}`}`;
    case 'ClemencyGranted':
      return f.data.kind === 'sentence-reduction'
        ? `Sentence reduced by ${months(f.data.reductionMonths ?? 0)}`
        : `Granted ${f.data.kind === 'pardon' ? 'a pardon' : 'an amnesty'}`;
    case 'CaseClosed':
      return `Case closed: ${f.data.reason}`;
    case 'PersonAdmitted':
      return `Admitted to prison ${f.data.facilityId}, ${LEGAL_STATUS[f.data.legalStatus]}`;
    case 'ChildrenRecordedAtAdmission':
      return `Asked by the prison about children: ${answerWords(AGENCY_ANSWER[f.data.answer], f.data.numberOfChildren, voice)}`;
    case 'ChildAdmittedWithParent':
      return `The child came into prison with ${p.object}: ${f.data.reason}`;
    case 'ChildAssessed':
      return `The child was assessed: ${f.data.outcome}`;
    case 'ChildLeftPrison':
      return `The child left prison to live with ${f.data.toWhom}`;
    case 'PregnancyRecorded':
      return `Pregnancy recorded${f.data.expectedDeliveryDate ? `, due ${w.day(f.data.expectedDeliveryDate)}` : ''}`;
    case 'ChildBornInCustody':
      return 'The child was born in custody';
    case 'VisitTookPlace':
      return `Visit ${VISIT[f.data.setting]}, ${w.duration(f.data.durationMinutes)}${f.data.fee && f.data.fee.amount > 0 ? `; a fee of ${w.money(f.data.fee.amount, f.data.fee.currency)} was charged` : ''}`;
    case 'PhoneCallMade':
      return `Phone call with ${f.data.withWhom}, ${w.duration(f.data.durationMinutes)}`;
    case 'PrisonerTransferred':
      return `Moved from prison ${f.data.fromFacilityId} to ${f.data.toFacilityId}: ${f.data.reason}`;
    case 'FamilyNotified':
      return `The prison told ${f.data.notifiedPerson} about ${ABOUT[f.data.about]}, ${METHOD[f.data.method]}`;
    case 'MedicalEventRecorded':
      return `${f.data.childId === null ? sentenceCase(p.noun) : 'The child'} ${medicalWords(f.data.kind)}`;
    case 'ChildMedicalEventRecorded':
      return `The child ${medicalWords(f.data.kind)}${f.data.where ? ` (${f.data.where})` : ''}`;
    case 'ParentToldOfChildMedicalEvent':
      return `${sentenceCase(p.noun)} was told of the child's medical event, by ${f.data.toldBy}`;
    case 'ReleaseScheduled':
      return `Release scheduled for ${w.instant(f.data.releaseOn)}: ${RELEASE_REASON[f.data.reason]}`;
    case 'PersonReleased':
      return `Released to ${f.data.releasedTo}`;
    case 'HomeLeaveGranted':
      return `Home leave granted from ${w.instant(f.data.leaveFrom)} to ${w.instant(f.data.leaveUntil)}`;
    case 'ReturnedFromHomeLeave':
      return 'Returned from home leave';
    case 'ConsularContactRecorded':
      return `Consular contact with ${f.data.consulate}: ${CONSULAR[f.data.kind]}`;
    case 'DisciplinarySanctionImposed':
      return `Disciplinary sanction: ${f.data.sanction}, for ${w.count(f.data.days, 'day', 'days')}${f.data.restrictsFamilyContact ? `, restricting contact with ${p.possessive} family` : ''}`;
    default: {
      const _exhaustive: never = f;
      return _exhaustive;
    }
  }
}

function pretrialSummary(outcome: 'detention' | 'judicial-supervision' | 'release', judge: string, detention: string | null): string {
  switch (outcome) {
    case 'detention':
      return `Pre-trial detention ordered by ${judge}${detention === null ? '' : ` for ${detention}`}`;
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

/** "she said she has 3 children", "he declined to say", "they said they have none". */
function answerWords(answer: 'has' | 'none' | 'declined', numberOfChildren: number | null, { words: w, parent: p }: TimelineVoice): string {
  if (answer === 'declined') return `${p.subject} declined to say`;
  if (answer === 'none') return `${p.subject} said ${p.subject} ${p.has} none`;
  return `${p.subject} said ${p.subject} ${p.has} ${numberOfChildren === null ? 'children' : w.count(numberOfChildren, 'child', 'children')}`;
}

const caregiverWords = (c: { readonly name: string | null; readonly relation: keyof typeof RELATION }): string =>
  c.name ? `${c.name} (${RELATION[c.relation]})` : RELATION[c.relation];

const childrenWords = (ids: readonly string[], w: RuleWords) =>
  ids.length === 0 ? 'the children (not named)' : w.count(ids.length, 'child', 'children');

/** "convicted on 2 charges", "convicted on 1 charge, acquitted on 1". */
function verdictWords(outcomes: readonly ('convicted' | 'acquitted')[], w: RuleWords): string {
  const parts = (['convicted', 'acquitted'] as const).flatMap((o) => {
    const n = outcomes.filter((x) => x === o).length;
    return n === 0 ? [] : [`${o} on ${w.count(n, 'charge', 'charges')}`];
  });
  return parts.join(', ') || 'no findings';
}

const medicalWords = (kind: 'hospitalised' | 'serious-illness' | 'other') =>
  kind === 'hospitalised' ? 'was taken to hospital' : kind === 'serious-illness' ? 'fell seriously ill' : 'had a medical event';

/** How the child appears in a record that lists all her children: where the record says this child lives. */
function childVoice(fact: Fact, childIds: readonly string[]): string | null {
  const f = typed(fact);
  if (f.type === 'DependantsScreeningRecorded') {
    const c = f.data.children.find((x) => childIds.includes(x.childId));
    if (c)
      return `Recorded by the police at the arrest: ${WHEREABOUTS[c.whereabouts]}${c.caregiver ? `, cared for by ${c.caregiver.name ?? 'someone unnamed'} (${RELATION[c.caregiver.relation]})` : ''}`;
  }
  if (f.type === 'ChildrenRecordedAtAdmission') {
    const c = f.data.children.find((x) => childIds.includes(x.childId));
    if (c)
      return `Recorded by the prison at admission: ${c.livesWhere ?? 'where the child lives was not recorded'} (${CARE_STATUS[c.custodyStatus]})`;
  }
  return null;
}

const entry = (fact: Fact, summary: string): TimelineEntry => ({ at: fact.occurredAt, receivedAt: fact.receivedAt, summary, source: sourceOf(fact) });

/** The parent's timeline: every fact in the file, in event order. */
export function parentTimeline(facts: readonly Fact[], voice: TimelineVoice): TimelineEntry[] {
  return facts.map((f) => entry(f, factSummary(f, voice)));
}

/** Records about all her children concern each of them, even the ones they do not list. */
const FAMILY_RECORDS: ReadonlySet<string> = new Set(['DependantsScreeningRecorded', 'ChildrenRecordedAtAdmission']);

/**
 * A child's timeline: the parent's path plus the child's own facts. Facts about her other
 * children only (their visits, their care) are left out: each child's story is their own.
 */
export function childTimeline(facts: readonly Fact[], childIds: readonly string[], voice: TimelineVoice): TimelineEntry[] {
  return facts.flatMap((f) => {
    const ids = childIdsIn(f);
    const mine = ids.some((id) => childIds.includes(id));
    if (!mine && ids.length > 0 && !FAMILY_RECORDS.has(f.type)) return [];
    return [entry(f, (mine ? childVoice(f, childIds) : null) ?? factSummary(f, voice))];
  });
}
