import type { ArrestCircumstances, DependantsScreeningRecordedData, OffenceClass } from '@safeguard/contracts';
import { factsOf, type Fact, type FactOf, type PersonFile } from '../person-file/person-file';
import { yearsBetween } from '../journeys/journey-facts';
import { byRecordOrder, earliest, evidenceOf, isBefore, type Evidence } from './evidence';

/**
 * One arrest and the custody that followed it, as the three agencies' records add up. The police
 * record the arrest; a court's case names the arrests it was opened from; a prison's admission is
 * joined to the arrest through the police transfer's detention order, the case reference, the
 * court's detention order, or — when no reference joins them — as the admission that follows
 * her latest arrest with no release in between. Everything a rule asks of "her time in custody"
 * is read here, whichever agency recorded it.
 */
export interface ArrestView {
  readonly arrestId: string;
  readonly arrested: Evidence;
  readonly arrestedAt: string;
  /** The arresting unit, from the arrest record (the police credential's unit). */
  readonly unitId: string;
  readonly province: string;
  readonly circumstances: ArrestCircumstances;
  readonly offence: { readonly name: string; readonly offenceClass: OffenceClass; readonly violent: boolean };
  /** Her age at the arrest, from the date of birth the police recorded or their estimate; null when they recorded neither. */
  readonly ageYearsAtArrest: number | null;
  /** The police screenings of this arrest, earliest first. */
  readonly screenings: readonly { readonly data: DependantsScreeningRecordedData; readonly evidence: Evidence }[];
  readonly policeCustody: { readonly since: string; readonly facility: string; readonly evidence: Evidence } | null;
  readonly extensions: readonly { readonly until: string; readonly evidence: Evidence }[];
  /** The police taking her from their custody to a prison (a unit id), on a detention order. */
  readonly transfersToPrison: readonly { readonly prisonFacility: string; readonly detentionOrderReference: string; readonly evidence: Evidence }[];
  /** Every record that ended her police custody, earliest first: a judge, a release of any kind, a prison admission. */
  readonly custodyEnds: readonly Evidence[];
  /** The records of her going home from police custody (without charge, on bail, on a judge's or prosecutor's order), earliest first. */
  readonly releases: readonly Evidence[];
  readonly caseIds: readonly string[];
  /** The prison custodies this arrest led to. */
  readonly custodyIds: readonly string[];
  /** Records of anyone asking her about her children: the police screening, a judge's family inquiry, the prison's children record. */
  readonly askedAboutChildren: readonly Evidence[];
  /** Contact with her children or their carer: at the police station, then visits and calls in prison. */
  readonly familyContacts: readonly Evidence[];
  /** Consular contact offered, made or declined, by the police or the prison. */
  readonly consularOffers: readonly Evidence[];
}

interface Links {
  readonly caseIdsOf: (arrestId: string) => string[];
  readonly arrestOfCustody: ReadonlyMap<string, string>;
}

export function arrestsOf(file: PersonFile): ArrestView[] {
  const links = linksOf(file);
  return factsOf(file, 'ArrestMade').map((arrest) => arrestView(file, arrest, links));
}

/** The arrest a prison custody follows from, for every custody that follows one. */
export function arrestOfCustodies(file: PersonFile): ReadonlyMap<string, string> {
  return linksOf(file).arrestOfCustody;
}

function linksOf(file: PersonFile): Links {
  const cases = factsOf(file, 'CaseOpened');
  const caseIdsOf = (arrestId: string) => cases.filter((c) => c.data.arrestIds.includes(arrestId)).map((c) => c.data.caseId);
  const arrests = factsOf(file, 'ArrestMade');
  const arrestOfCustody = new Map<string, string>();
  for (const admission of factsOf(file, 'PersonAdmitted')) {
    const arrestId = arrestOfAdmission(file, admission, arrests);
    if (arrestId) arrestOfCustody.set(admission.data.custodyId, arrestId);
  }
  return { caseIdsOf, arrestOfCustody };
}

function arrestOfAdmission(file: PersonFile, admission: FactOf<'PersonAdmitted'>, arrests: readonly FactOf<'ArrestMade'>[]): string | null {
  const { orderReference, courtCaseReference } = admission.data;
  const known = (id: string | undefined) => (id && arrests.some((a) => a.data.arrestId === id) ? id : null);
  const latestOf = (ids: readonly string[]) => {
    const candidates = arrests.filter((a) => ids.includes(a.data.arrestId) && !isBefore(admission.occurredAt, a.occurredAt));
    return candidates[candidates.length - 1]?.data.arrestId ?? null;
  };
  const byTransfer = known(factsOf(file, 'TransferredToPrison').find((t) => t.data.detentionOrderReference === orderReference)?.data.arrestId);
  if (byTransfer) return byTransfer;
  const byCase = factsOf(file, 'CaseOpened').find((c) => courtCaseReference !== null && c.data.caseReference === courtCaseReference);
  if (byCase) return latestOf(byCase.data.arrestIds);
  const order = factsOf(file, 'PretrialDecisionMade').find((d) => d.data.detentionOrderReference === orderReference);
  const orderCase = order && factsOf(file, 'CaseOpened').find((c) => c.data.caseId === order.data.caseId);
  if (orderCase) return latestOf(orderCase.data.arrestIds);
  // No reference joins them: the admission that follows her latest arrest, unless the police released her in between.
  const before = arrests.filter((a) => !isBefore(admission.occurredAt, a.occurredAt));
  const latest = before.at(-1);
  if (!latest) return null;
  const releasedBetween = file.facts.some(
    (f) =>
      POLICE_RELEASES.has(f.type) &&
      (f.data as { arrestId?: string }).arrestId === latest.data.arrestId &&
      isBefore(f.occurredAt, admission.occurredAt),
  );
  return releasedBetween ? null : latest.data.arrestId;
}

const POLICE_RELEASES: ReadonlySet<string> = new Set(['ReleasedWithoutCharge', 'ReleasedOnPoliceBail', 'ReleasedOnJudicialOrder']);

function arrestView(file: PersonFile, arrest: FactOf<'ArrestMade'>, links: Links): ArrestView {
  const arrestId = arrest.data.arrestId;
  const ofArrest = <T extends Parameters<typeof factsOf>[1]>(type: T) =>
    factsOf(file, type).filter((f) => (f.data as { arrestId?: string }).arrestId === arrestId);
  const caseIds = links.caseIdsOf(arrestId);
  const custodyIds = [...links.arrestOfCustody].filter(([, a]) => a === arrestId).map(([c]) => c);
  const ofCase = (f: Fact) => caseIds.includes((f.data as { caseId?: string }).caseId ?? '');
  const ofCustody = (f: Fact) => custodyIds.includes((f.data as { custodyId?: string }).custodyId ?? '');
  const custody = ofArrest('TakenIntoPoliceCustody').at(0);
  const corrected = correctedArrest(file, arrest);

  const releases = [
    ...ofArrest('ReleasedWithoutCharge').map((f) => evidenceOf(f, 'released without charge')),
    ...ofArrest('ReleasedOnPoliceBail').map((f) => evidenceOf(f, 'released on police bail')),
    ...ofArrest('ReleasedOnJudicialOrder').map((f) => evidenceOf(f, `released on a judicial order (${f.data.orderKind.replace(/-/g, ' ')})`)),
  ].filter((e) => !isBefore(e.at, arrest.occurredAt));
  const custodyEnds = [
    ...releases,
    ...ofArrest('BroughtBeforeJudicialAuthority').map((f) => evidenceOf(f, `brought before the ${f.data.authority.replace(/-/g, ' ')}`)),
    ...ofArrest('TransferredToPrison').map((f) => evidenceOf(f, 'taken from police custody to prison')),
    ...factsOf(file, 'PretrialDecisionMade')
      .filter(ofCase)
      .map((f) => evidenceOf(f, 'a judge decided on pre-trial liberty')),
    ...factsOf(file, 'PersonAdmitted')
      .filter(ofCustody)
      .map((f) => evidenceOf(f, 'admitted to prison')),
  ].filter((e) => !isBefore(e.at, arrest.occurredAt));

  return {
    arrestId,
    arrested: evidenceOf(arrest, 'the arrest'),
    arrestedAt: arrest.occurredAt,
    unitId: arrest.data.arrestingUnit.unitId,
    province: corrected.province,
    circumstances: arrest.data.circumstances,
    offence: corrected.offence,
    ageYearsAtArrest: arrest.data.person.dateOfBirth
      ? yearsBetween(arrest.data.person.dateOfBirth, arrest.occurredAt)
      : arrest.data.person.estimatedAgeYears,
    screenings: ofArrest('DependantsScreeningRecorded').map((s) => ({
      data: s.data,
      evidence: evidenceOf(s, 'asked about the children by the police'),
    })),
    policeCustody: custody
      ? { since: custody.occurredAt, facility: custody.data.facility, evidence: evidenceOf(custody, 'taken into police custody') }
      : null,
    extensions: ofArrest('PoliceCustodyExtended').map((e) => ({ until: e.data.until, evidence: evidenceOf(e, 'police custody extended') })),
    transfersToPrison: ofArrest('TransferredToPrison').map((t) => ({
      prisonFacility: t.data.prisonFacility,
      detentionOrderReference: t.data.detentionOrderReference,
      evidence: evidenceOf(t, 'taken from police custody to prison'),
    })),
    custodyEnds: sortedEvidence(custodyEnds),
    releases: sortedEvidence(releases),
    caseIds,
    custodyIds,
    askedAboutChildren: sortedEvidence([
      ...ofArrest('DependantsScreeningRecorded').map((s) => evidenceOf(s, 'asked about the children by the police')),
      ...factsOf(file, 'PretrialDecisionMade')
        .filter((d) => ofCase(d) && d.data.askedAboutPregnancyAndDependants)
        .map((d) => evidenceOf(d, 'asked about the children by the judge')),
      ...factsOf(file, 'ChildrenRecordedAtAdmission')
        .filter(ofCustody)
        .map((r) => evidenceOf(r, 'asked about the children by the prison')),
    ]),
    familyContacts: sortedEvidence([
      ...ofArrest('FamilyContactGiven').map((c) => evidenceOf(c, 'contact with the family at the police station')),
      ...factsOf(file, 'VisitTookPlace')
        .filter(ofCustody)
        .map((v) => evidenceOf(v, 'a family visit in prison')),
      ...factsOf(file, 'PhoneCallMade')
        .filter(ofCustody)
        .map((c) => evidenceOf(c, 'a family call from prison')),
    ]),
    consularOffers: sortedEvidence([
      ...ofArrest('ConsularContactOffered').map((c) => evidenceOf(c, `consular contact ${c.data.outcome} (police record)`)),
      ...factsOf(file, 'ConsularContactRecorded')
        .filter(ofCustody)
        .map((c) => evidenceOf(c, `consular contact ${c.data.kind} (prison record)`)),
    ]),
  };
}

function sortedEvidence(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort(byRecordOrder);
}

/** The province and offence as the police last corrected them: a correction says what the record should have said. */
function correctedArrest(file: PersonFile, arrest: FactOf<'ArrestMade'>): Pick<ArrestView, 'province' | 'offence'> {
  let province = arrest.data.province;
  const offence = {
    name: arrest.data.suspectedOffence.name,
    offenceClass: arrest.data.suspectedOffence.offenceClass,
    violent: arrest.data.suspectedOffence.violent,
  };
  for (const c of factsOf(file, 'ArrestRecordCorrected').filter((x) => x.data.arrestId === arrest.data.arrestId)) {
    const value = c.data.correctedValue;
    if (c.data.field === 'province' && typeof value === 'string') province = value;
    if (c.data.field === 'suspectedOffence.name' && typeof value === 'string') offence.name = value;
    if (c.data.field === 'suspectedOffence.offenceClass' && typeof value === 'string') offence.offenceClass = value as OffenceClass;
    if (c.data.field === 'suspectedOffence.violent' && typeof value === 'boolean') offence.violent = value;
  }
  return { province, offence };
}

/** The first record ending her police custody, or null while she is still held by the police. */
export function policeCustodyEnd(arrest: ArrestView): Evidence | null {
  return earliest(...arrest.custodyEnds);
}
