import type { Sex } from '@safeguard/contracts';
import { factsOf, firstOf, lastOf, type FactOf, type PersonFile } from '../person-file/person-file';

/**
 * What the oversight indicators count about one person, derived from her file alone: the figures
 * LICADHO (2015) could only gather by interviewing 96 mothers — whether anyone asked about her
 * children at arrest, how long until they were cared for, whether the judge asked before ordering
 * detention, whether she had a lawyer (70% had none), and whether her children paid to visit her
 * (94% of families did). No names: the aggregates built from these rows are shown to integrators.
 */
export interface IndicatorFacts {
  readonly personId: string;
  /** The province of her first arrest, as the police last corrected it. */
  readonly province: string | null;
  /** The prison holding her now (admission, then transfers); null before admission and after release. */
  readonly facilityId: string | null;
  readonly sex: Sex | null;
  readonly arrestId: string | null;
  /** Her first arrest: the cohort every figure is counted in. */
  readonly arrestedAt: string | null;
  /** The police recorded a dependants screening for that arrest, whatever the answer. */
  readonly dependantsAsked: boolean;
  /** Some agency was told she has children, or recorded a child living with her in prison. */
  readonly hasDependants: boolean;
  /** From the arrest to the first care arrangement made for a child at that arrest. */
  readonly hoursToCareArrangement: number | null;
  /** A court has recorded anything about her. */
  readonly hasCase: boolean;
  /** The latest recorded answer to "does she have a lawyer?"; null when never recorded. */
  readonly legalRepresentation: boolean | null;
  readonly pretrialDetentionOrders: number;
  /** Detention orders made after the judge asked about pregnancy and dependent children. */
  readonly pretrialOrdersWithFamilyInquiry: number;
  /** Visits by a child. */
  readonly childVisits: number;
  /** Visits by a child for which a fee was asked. */
  readonly childVisitsCharged: number;
}

const HOUR = 3_600_000;

export function indicatorFactsOf(file: PersonFile): IndicatorFacts {
  const arrest = firstOf(file, 'ArrestMade');
  const arrestId = arrest?.data.arrestId ?? null;
  const ofArrest = <T extends { data: { arrestId: string } }>(facts: T[]) => facts.filter((f) => f.data.arrestId === arrestId);
  const careArranged = ofArrest(factsOf(file, 'CareArrangementMade')).at(0);
  const detentionOrders = factsOf(file, 'PretrialDecisionMade').filter((d) => d.data.outcome === 'detention');
  const childVisits = factsOf(file, 'VisitTookPlace').filter((v) => v.data.childIds.length > 0);
  return {
    personId: file.personId,
    province: arrest ? corrected(file, arrest, 'province', arrest.data.province) : null,
    facilityId: facilityNow(file),
    sex: arrest ? (corrected(file, arrest, 'person.sex', arrest.data.person.sex) as Sex | null) : null,
    arrestId,
    arrestedAt: arrest?.data.arrestedAt ?? null,
    dependantsAsked: ofArrest(factsOf(file, 'DependantsScreeningRecorded')).length > 0,
    hasDependants: hasDependants(file),
    hoursToCareArrangement: arrest && careArranged ? (Date.parse(careArranged.data.arrangedAt) - Date.parse(arrest.data.arrestedAt)) / HOUR : null,
    hasCase: file.facts.some((f) => f.agency === 'court'),
    legalRepresentation: lastOf(file, 'LegalRepresentationRecorded')?.data.represented ?? null,
    pretrialDetentionOrders: detentionOrders.length,
    pretrialOrdersWithFamilyInquiry: detentionOrders.filter((d) => d.data.askedAboutPregnancyAndDependants).length,
    childVisits: childVisits.length,
    childVisitsCharged: childVisits.filter((v) => (v.data.fee?.amount ?? 0) > 0).length,
  };
}

/** A field of the arrest record as the police's own corrections of it last said. */
function corrected(file: PersonFile, arrest: FactOf<'ArrestMade'>, field: 'province' | 'person.sex', original: string): string | null {
  const corrections = factsOf(file, 'ArrestRecordCorrected').filter((c) => c.data.arrestId === arrest.data.arrestId && c.data.field === field);
  const last = corrections.at(-1);
  return last ? (last.data.correctedValue === null ? null : String(last.data.correctedValue)) : original;
}

/** The prison she is in: the admitting one, then wherever a transfer took her, none once released. */
function facilityNow(file: PersonFile): string | null {
  let facilityId: string | null = null;
  for (const fact of file.facts) {
    if (fact.type === 'PersonAdmitted') facilityId = (fact as FactOf<'PersonAdmitted'>).data.facilityId;
    else if (fact.type === 'PrisonerTransferred') facilityId = (fact as FactOf<'PrisonerTransferred'>).data.toFacilityId;
    else if (fact.type === 'PersonReleased') facilityId = null;
  }
  return facilityId;
}

/** A child known to any agency: named or counted at arrest or admission, living with her in prison, or born there. */
function hasDependants(file: PersonFile): boolean {
  return (
    factsOf(file, 'DependantsScreeningRecorded').some(
      (s) => s.data.answer === 'has-dependants' || s.data.children.length > 0 || (s.data.numberOfChildren ?? 0) > 0,
    ) ||
    factsOf(file, 'ChildrenRecordedAtAdmission').some(
      (r) => r.data.answer === 'has-children' || r.data.children.length > 0 || (r.data.numberOfChildren ?? 0) > 0,
    ) ||
    factsOf(file, 'ChildAdmittedWithParent').length > 0 ||
    factsOf(file, 'ChildBornInCustody').length > 0
  );
}
