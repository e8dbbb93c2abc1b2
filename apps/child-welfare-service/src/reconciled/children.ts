import type { Money, Sex } from '@safeguard/contracts';
import type { Fact, PersonFile, RecordingAgency } from '../person-file/person-file';
import { childLocationHistory } from '../journeys/child-location';
import { contactSummary } from '../journeys/child-contact';
import type { LocationStep, LocationType } from '../journeys/family-journey';
import { childIdsIn, fractionalYearsBetween, typed, yearsBetween } from '../journeys/journey-facts';
import { matchChildren, type MatchedChild } from '../journeys/match-children';
import { evidenceOf, type Evidence } from './evidence';

/**
 * One child as every agency's records add up (catalogue: "a child is known when any agency
 * recorded her"): the references the police, the court and the prison gave her, where she was and
 * with whom over time, the care arranged for her and whether her parent chose it, her time living
 * in prison, whether she was told what was happening, her contact with her parent and her own
 * medical events. Every piece names the agency and event that recorded it.
 */
export interface ChildView {
  readonly childKey: string;
  /** Every reference any agency gave her. */
  readonly refs: readonly string[];
  readonly name: string | null;
  readonly sex: Sex | null;
  readonly dateOfBirth: string | null;
  /** The last age an agency recorded and when; ages at other times count from it when there is no date of birth. */
  readonly recordedAge: { readonly years: number; readonly at: string } | null;
  readonly recordedBy: readonly RecordingAgency[];
  /** The first record of her by any agency. */
  readonly firstRecorded: Evidence;
  /** When she was born in custody, if she was: she is not owed what was owed before her birth. */
  readonly bornAt: string | null;
  readonly placements: readonly Placement[];
  readonly arrangements: readonly CareArrangement[];
  readonly inPrison: readonly LifeInPrison[];
  readonly explanations: readonly Explanation[];
  readonly contacts: readonly Contact[];
  /** Her own serious illnesses or hospital stays outside prison, as the prison learnt them, and whether her parent was told. */
  readonly medical: readonly ChildMedicalEvent[];
  /** The first record, by any agency, of each detail the police must hold of her (catalogue 5). */
  readonly details: {
    readonly age: Evidence | null;
    readonly whereabouts: Evidence | null;
    readonly caregiverContact: Evidence | null;
  };
}

/** Whether a placement is care, as the catalogue reads "in care". */
export type CareVerdict =
  /** With an adult who is not in custody. */
  | { readonly kind: 'cared-for' }
  /** Alone, only with other children, with a carer under 18, or nobody knows where. */
  | { readonly kind: 'unsafe'; readonly reason: string }
  /** Kept with her parent at the police station (by the parent's choice, for the hours before a judge): rule 3's question, not rule 2's. */
  | { readonly kind: 'with-parent-in-police-custody' }
  /** Living in prison with her parent under a prison record: from then on the prison's assessment and plan apply (rules 17, 18). */
  | { readonly kind: 'in-prison-with-parent' }
  /** Somewhere known and watched by adults, but not a care arrangement (at school). */
  | { readonly kind: 'somewhere-known' }
  /** The record says nothing definite ('other', 'not recorded'): neither care nor a finding. */
  | { readonly kind: 'not-said' };

export interface Placement {
  /** The reference the record itself gave the child; null for a move no record names her in (she went to prison without the child). */
  readonly ref: string | null;
  readonly type: LocationType;
  readonly caregiver: { readonly name: string | null; readonly relation: string | null; readonly ageYears: number | null } | null;
  readonly since: string;
  readonly care: CareVerdict;
  readonly evidence: Evidence;
}

export interface CareArrangement {
  readonly at: string;
  readonly relation: string;
  readonly chosenByParent: boolean | null;
  /** With an adult: an arrangement with a child or with nobody is no arrangement. */
  readonly safe: boolean;
  readonly evidence: Evidence;
}

export interface LifeInPrison {
  readonly custodyId: string;
  /** The reference the prison gave her when she came in (admitted with her parent, or born there). */
  readonly childId: string;
  readonly since: string;
  readonly dateOfBirth: string;
  readonly evidence: Evidence;
  readonly left: Evidence | null;
  readonly assessments: readonly { readonly at: string; readonly nextDue: string; readonly plan: string | null; readonly evidence: Evidence }[];
}

export interface ChildMedicalEvent {
  readonly medicalEventId: string;
  /** The prison custody of her parent that recorded it: the prison that must tell the parent. */
  readonly custodyId: string;
  readonly kind: 'hospitalised' | 'serious-illness' | 'other';
  readonly serious: boolean;
  readonly evidence: Evidence;
  /** The first record that her parent was told of it. */
  readonly parentTold: Evidence | null;
}

export interface Explanation {
  readonly arrestId: string;
  readonly evidence: Evidence;
}

export interface Contact {
  readonly kind: 'visit' | 'call' | 'family-contact-at-arrest';
  readonly setting: string | null;
  readonly fee: Money | null;
  readonly evidence: Evidence;
}

/** An adult: someone under 18 caring for a child is another child (LICADHO 2015 found such cases). */
export const ADULT_AGE_YEARS = 18;

const UNSAFE_TYPES: Partial<Record<LocationType, string>> = {
  alone: 'the child is alone',
  'with-other-children-only': 'the child is only with other children',
  unknown: 'nobody knows where the child is',
};

/** The catalogue's "in care", for one recorded placement. */
export function careVerdictOf(step: Pick<LocationStep, 'type' | 'caregiverRelation' | 'caregiverAgeYears'>): CareVerdict {
  const unsafe = UNSAFE_TYPES[step.type];
  if (unsafe) return { kind: 'unsafe', reason: unsafe };
  if (step.caregiverRelation === 'nobody') return { kind: 'unsafe', reason: 'no one is caring for the child' };
  if (step.caregiverAgeYears !== null && step.caregiverAgeYears < ADULT_AGE_YEARS) {
    return { kind: 'unsafe', reason: `the only caregiver is ${step.caregiverAgeYears} years old` };
  }
  switch (step.type) {
    case 'with-parent-in-police-custody':
      return { kind: 'with-parent-in-police-custody' };
    case 'in-prison-with-parent':
      return { kind: 'in-prison-with-parent' };
    case 'at-school':
      return { kind: 'somewhere-known' };
    case 'other':
    case 'not-recorded':
      return { kind: 'not-said' };
    default:
      return { kind: 'cared-for' };
  }
}

/**
 * Catalogue: "in care" when she lives in prison with her parent under a prison record (admitted
 * with her, or born there), from then until she leaves; what another record says of her care
 * meanwhile (a list of the mother's children with the newborn "alone") does not undo it.
 */
export function livesInPrisonWithParentAt(child: Pick<ChildView, 'inPrison'>, at: string): boolean {
  return child.inPrison.some(
    (spell) => Date.parse(spell.since) <= Date.parse(at) && (spell.left === null || Date.parse(at) < Date.parse(spell.left.at)),
  );
}

/** Her age in whole years at `at`, from her date of birth or from the last age recorded; null when no agency recorded either. */
export function ageYearsAt(child: Pick<ChildView, 'dateOfBirth' | 'recordedAge'>, at: string): number | null {
  if (child.dateOfBirth) return yearsBetween(child.dateOfBirth, at);
  if (!child.recordedAge) return null;
  return Math.max(0, Math.floor(child.recordedAge.years + fractionalYearsBetween(child.recordedAge.at, at)));
}

export function childrenOf(file: PersonFile): ChildView[] {
  const byEvent = new Map(file.facts.map((f) => [f.eventId, f]));
  return matchChildren(file).children.map((child) => childView(file, child, byEvent));
}

/** The fact a derived step names: every step is derived from the file's own facts, so a missing one is a bug. */
function factOf(byEvent: ReadonlyMap<string, Fact>, eventId: string): Fact {
  const fact = byEvent.get(eventId);
  if (!fact) throw new Error(`a step names event ${eventId}, which is not in the person's file`);
  return fact;
}

function childView(file: PersonFile, child: MatchedChild, byEvent: ReadonlyMap<string, Fact>): ChildView {
  const mine = (fact: Fact) => childIdsIn(fact).some((id) => child.childIds.includes(id));
  const facts = file.facts.filter(mine);
  const placements = childLocationHistory(file.facts, child).history.map((step): Placement => {
    const fact = factOf(byEvent, step.source.eventId);
    const caregiver =
      step.caregiverName === null && step.caregiverRelation === null
        ? null
        : { name: step.caregiverName, relation: step.caregiverRelation, ageYears: step.caregiverAgeYears };
    const ref = childIdsIn(fact).find((id) => child.childIds.includes(id)) ?? null;
    return { ref, type: step.type, caregiver, since: step.since, care: careVerdictOf(step), evidence: evidenceOf(fact, placementSays(step)) };
  });
  const contacts = contactSummary(file.facts, { childIds: child.childIds, recordedByPolice: child.recordedBy.includes('police') }).entries.map(
    (e): Contact => ({ kind: e.kind, setting: e.setting, fee: e.fee, evidence: evidenceOf(factOf(byEvent, e.source.eventId), contactSays(e.kind)) }),
  );
  return {
    childKey: child.childKey,
    refs: child.childIds,
    name: child.name,
    sex: child.sex,
    dateOfBirth: child.dateOfBirth,
    recordedAge: child.recordedAge,
    recordedBy: child.recordedBy,
    firstRecorded: evidenceOf(facts[0], `the ${facts[0].agency} recorded the child`),
    bornAt: facts.find((f) => f.type === 'ChildBornInCustody')?.occurredAt ?? null,
    placements,
    arrangements: facts.flatMap(arrangementOf),
    inPrison: lifeInPrison(facts),
    explanations: facts.flatMap((fact) => {
      const f = typed(fact);
      return f.type === 'ChildGivenExplanation'
        ? [{ arrestId: f.data.arrestId, evidence: evidenceOf(fact, 'the child was told what was happening') }]
        : [];
    }),
    contacts,
    medical: medicalEvents(facts),
    details: {
      age: firstWith(
        facts,
        child.childIds,
        (c) => c.dateOfBirth != null || c.ageYears != null || c.birthYear != null,
        'the child’s age was recorded',
      ),
      whereabouts: placements.find((p) => p.type !== 'not-recorded' && p.type !== 'unknown')?.evidence ?? null,
      caregiverContact: firstWith(facts, child.childIds, (c) => c.caregiver?.contact != null, 'the caregiver’s contact was recorded'),
    },
  };
}

/** What one record says of one child, whichever agency's shape it has. */
interface ChildEntry {
  readonly dateOfBirth?: string | null;
  readonly ageYears?: number | null;
  readonly birthYear?: number | null;
  readonly caregiver?: { readonly contact: string | null } | null;
}

function entriesFor(fact: Fact, refs: readonly string[]): ChildEntry[] {
  const f = typed(fact);
  switch (f.type) {
    case 'DependantsScreeningRecorded':
    case 'ChildrenRecordedAtAdmission':
      return (f.data.children as readonly (ChildEntry & { childId: string })[]).filter((c) => refs.includes(c.childId));
    case 'CareArrangementMade':
      return refs.includes(f.data.childId) ? [{ caregiver: f.data.caregiver }] : [];
    case 'ChildAdmittedWithParent':
      return refs.includes(f.data.childId) ? [{ dateOfBirth: f.data.dateOfBirth }] : [];
    case 'ChildBornInCustody':
      return refs.includes(f.data.childId) ? [{ dateOfBirth: f.data.bornAt }] : [];
    default:
      return [];
  }
}

function firstWith(facts: readonly Fact[], refs: readonly string[], has: (entry: ChildEntry) => boolean, says: string): Evidence | null {
  const fact = facts.find((f) => entriesFor(f, refs).some(has));
  return fact ? evidenceOf(fact, says) : null;
}

function arrangementOf(fact: Fact): CareArrangement[] {
  const f = typed(fact);
  if (f.type !== 'CareArrangementMade') return [];
  const c = f.data.caregiver;
  const safe = c.relation !== 'nobody' && (c.ageYears === null || c.ageYears >= ADULT_AGE_YEARS);
  return [
    {
      at: fact.occurredAt,
      relation: c.relation,
      chosenByParent: f.data.chosenByParent,
      safe,
      evidence: evidenceOf(fact, `care arranged with ${c.relation === 'nobody' ? 'nobody' : `the child's ${c.relation.replace(/-/g, ' ')}`}`),
    },
  ];
}

function lifeInPrison(facts: readonly Fact[]): LifeInPrison[] {
  const spells: LifeInPrison[] = [];
  for (const fact of facts) {
    const f = typed(fact);
    if (f.type === 'ChildAdmittedWithParent')
      spells.push({
        custodyId: f.data.custodyId,
        childId: f.data.childId,
        since: fact.occurredAt,
        dateOfBirth: f.data.dateOfBirth,
        evidence: evidenceOf(fact, 'the child was admitted to prison with the parent'),
        left: null,
        assessments: [],
      });
    if (f.type === 'ChildBornInCustody')
      spells.push({
        custodyId: f.data.custodyId,
        childId: f.data.childId,
        since: fact.occurredAt,
        dateOfBirth: f.data.bornAt,
        evidence: evidenceOf(fact, 'the child was born in custody'),
        left: null,
        assessments: [],
      });
  }
  return spells.map((spell) => {
    const ofSpell = facts.filter(
      (fact) => (fact.data as { custodyId?: string }).custodyId === spell.custodyId && Date.parse(fact.occurredAt) >= Date.parse(spell.since),
    );
    const left = ofSpell.find((fact) => fact.type === 'ChildLeftPrison');
    return {
      ...spell,
      left: left ? evidenceOf(left, 'the child left prison') : null,
      assessments: ofSpell.flatMap((fact) => {
        const f = typed(fact);
        return f.type === 'ChildAssessed'
          ? [
              {
                at: fact.occurredAt,
                nextDue: f.data.nextAssessmentDue,
                plan: f.data.referralOrPlacementPlan,
                evidence: evidenceOf(fact, 'the child was assessed'),
              },
            ]
          : [];
      }),
    };
  });
}

function medicalEvents(facts: readonly Fact[]): ChildMedicalEvent[] {
  const told = facts.flatMap((fact) => {
    const f = typed(fact);
    return f.type === 'ParentToldOfChildMedicalEvent'
      ? [{ medicalEventId: f.data.medicalEventId, evidence: evidenceOf(fact, 'the parent was told') }]
      : [];
  });
  return facts.flatMap((fact) => {
    const f = typed(fact);
    if (f.type !== 'ChildMedicalEventRecorded') return [];
    const { medicalEventId, custodyId, kind, serious } = f.data;
    const says =
      kind === 'hospitalised'
        ? 'the child was taken to hospital'
        : kind === 'serious-illness'
          ? 'the child fell seriously ill'
          : 'the child had a medical event';
    return [
      {
        medicalEventId,
        custodyId,
        kind,
        serious,
        evidence: evidenceOf(fact, says),
        parentTold: told.find((t) => t.medicalEventId === medicalEventId)?.evidence ?? null,
      },
    ];
  });
}

function placementSays(step: LocationStep): string {
  return `the ${step.source.agency} recorded where the child is`;
}

function contactSays(kind: Contact['kind']): string {
  return kind === 'visit' ? 'a visit' : kind === 'call' ? 'a call' : 'contact with the family at the arrest';
}
