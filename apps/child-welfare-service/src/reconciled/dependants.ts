import type { Fact, PersonFile } from '../person-file/person-file';
import { typed } from '../journeys/journey-facts';
import { earliest, evidenceOf, isBefore, type Evidence } from './evidence';

/**
 * Whether she has dependent children, as any agency knows it (catalogue: a child is known when
 * any agency recorded her, or only a count: "children present at the arrest", "3 children, ages
 * 11, 7, 2"). A count is enough to know that she is a parent; it is not enough to name a child,
 * and no child record is invented from it.
 */
export interface DependantsView {
  /** Every record that shows she has dependants, earliest first, with the time from which it does (a birth: from the birth). */
  readonly shownBy: readonly { readonly evidence: Evidence; readonly from: string | null }[];
  /** The most children any record counts (named or not), or null when no record gives a number. */
  readonly count: number | null;
  /**
   * Every record that says how many children she has, earliest first. Children present at an
   * arrest are left out: they show she may be a parent, but they may be a neighbour's.
   */
  readonly countedBy: readonly { readonly evidence: Evidence; readonly count: number }[];
  /** Her own answer that she has no dependants, when she gave one and no later record contradicts it. */
  readonly deniedBy: Evidence | null;
  /**
   * A judge's note of the children's care arrangements. Free text ("with their father", or "no
   * dependants"), so it proves no child; it shows the court looked at their care.
   */
  readonly careNotedByJudge: readonly Evidence[];
  /** Records that show she is or was pregnant, with the time the pregnancy is known to have begun by. */
  readonly pregnancy: readonly { readonly since: string; readonly evidence: Evidence }[];
}

/** 40 weeks: a pregnancy recorded later with an expected delivery date already existed this long before it. */
const GESTATION_MS = 280 * 24 * 60 * 60_000;

interface Shown {
  readonly evidence: Evidence;
  readonly count: number | null;
  /** A child born in custody is her dependant from the birth only. */
  readonly from: string | null;
  /** Children present at the arrest may be a neighbour's: her own "no dependants" answer outweighs them. */
  readonly weak: boolean;
}

function shownByFact(fact: Fact): Shown | null {
  const f = typed(fact);
  const shown = (says: string, count: number | null, extra: Partial<Shown> = {}): Shown => ({
    evidence: evidenceOf(fact, says),
    count,
    from: null,
    weak: false,
    ...extra,
  });
  switch (f.type) {
    case 'ArrestMade': {
      const present = f.data.circumstances.childrenPresent;
      return present > 0 ? shown(`${present} ${present === 1 ? 'child' : 'children'} present at the arrest`, present, { weak: true }) : null;
    }
    case 'DependantsScreeningRecorded': {
      const n = Math.max(f.data.numberOfChildren ?? 0, f.data.children.length);
      return f.data.answer === 'has-dependants' || n > 0 ? shown('dependent children declared to the police', n > 0 ? n : null) : null;
    }
    case 'ChildrenRecordedAtAdmission': {
      const n = Math.max(f.data.numberOfChildren ?? 0, f.data.children.length);
      return f.data.answer === 'has-children' || n > 0 ? shown('children recorded by the prison', n > 0 ? n : null) : null;
    }
    case 'CareArrangementMade':
      return shown('care arranged for a child', null);
    case 'ChildAdmittedWithParent':
      return shown('a child admitted to prison with the parent', null);
    case 'ChildBornInCustody':
      return shown('a child born in custody', null, { from: f.data.bornAt });
    default:
      return null;
  }
}

export function dependantsOf(file: PersonFile): DependantsView {
  const shown = file.facts.map(shownByFact).filter((s): s is Shown => s !== null);
  const denial = [...file.facts]
    .reverse()
    .find(
      (f) =>
        f.type === 'DependantsScreeningRecorded' &&
        typed(f).type === 'DependantsScreeningRecorded' &&
        (f.data as { answer: string }).answer === 'no-dependants',
    );
  const strong = shown.filter((s) => !s.weak);
  const deniedBy =
    denial && !strong.some((s) => !isBefore(s.evidence.at, denial.occurredAt))
      ? evidenceOf(denial, 'no dependent children, as the parent told the police')
      : null;
  const counted = shown
    .filter((s) => !(s.weak && deniedBy))
    .map((s) => s.count)
    .filter((n): n is number => n !== null);
  return {
    shownBy: shown.filter((s) => !(s.weak && deniedBy)).map((s) => ({ evidence: s.evidence, from: s.from })),
    count: counted.length > 0 ? Math.max(...counted) : null,
    countedBy: strong.flatMap((s) => (s.count === null ? [] : [{ evidence: s.evidence, count: s.count }])),
    deniedBy,
    careNotedByJudge: file.facts.flatMap((f) =>
      f.type === 'PretrialDecisionMade' && (f.data as { careArrangementsNoted: string | null }).careArrangementsNoted
        ? [evidenceOf(f, 'the judge noted the children’s care')]
        : [],
    ),
    pregnancy: pregnanciesOf(file),
  };
}

function pregnanciesOf(file: PersonFile): DependantsView['pregnancy'] {
  return file.facts.flatMap((fact) => {
    const f = typed(fact);
    if (f.type === 'DependantsScreeningRecorded' && f.data.pregnancy === 'pregnant')
      return [{ since: f.occurredAt, evidence: evidenceOf(fact, 'pregnancy declared to the police') }];
    if (f.type !== 'PregnancyRecorded') return [];
    const due = f.data.expectedDeliveryDate;
    const begun = due === null ? f.occurredAt : new Date(Math.min(Date.parse(due) - GESTATION_MS, Date.parse(f.occurredAt))).toISOString();
    return [{ since: begun, evidence: evidenceOf(fact, 'pregnancy recorded by the prison') }];
  });
}

/**
 * Whether she is a parent of dependent children at `at`: the earliest record that shows it. Children
 * any agency recorded at any time lived before it (a prison learning of them later does not make
 * them younger), except a child born in custody after `at`.
 */
export function parentAt(view: DependantsView, at: string): Evidence | null {
  return earliest(...view.shownBy.filter((s) => s.from === null || !isBefore(at, s.from)).map((s) => s.evidence));
}

/** Whether she was pregnant at `at` or had been before it: a woman pregnant at her arrest is pregnant or the mother of an infant at every later decision. */
export function pregnantBy(view: DependantsView, at: string): Evidence | null {
  return earliest(...view.pregnancy.filter((p) => !isBefore(at, p.since)).map((p) => p.evidence));
}
