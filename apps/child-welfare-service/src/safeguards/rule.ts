import type { Agency, Severity } from '@safeguard/contracts';
import type { Evidence } from '../reconciled/evidence';
import type { FamilyView } from '../reconciled/family-view';

/**
 * The one shape of a safeguard rule (catalogue 1–26): a pure function of the family's reconciled
 * view that says what it waits for (watches) and what the records already show was missed
 * (findings). It reads no clock, no database and no agency's raw records; the engine (`judge.ts`)
 * turns its answer into deadlines, alerts and resolutions, and words how late a fact came.
 */
export interface Rule {
  readonly ruleId: string;
  /** Why nothing happens when the file owes nothing under this rule: an auditor will ask. */
  readonly whenNothingOwed: string;
  judge(view: FamilyView): Judgement;
}

export interface Judgement {
  readonly watches: readonly Watch[];
  readonly findings: readonly Finding[];
}

/**
 * Something owed by a deadline. `met` is the first record (by any agency, at the time it says) that
 * meets the safeguard; `moot` the first that makes it no longer owed (she was released, the child
 * left). Whichever came first decides: in time, nothing is raised; late, the alert is raised and a
 * late `met` resolves it with how late it came; a late `moot` leaves the miss raised, since
 * nothing can meet it any more. Unsettled, the deadline waits for the sweeper.
 */
export interface Watch {
  /** With the rule, what makes an alert unique: the same facts never raise it twice. */
  readonly subjectKey: string;
  readonly dueAt: string;
  /** The record that started the clock: the causation of an alert the sweeper raises. */
  readonly setBy: Evidence;
  readonly met: Evidence | null;
  readonly moot: Evidence | null;
  readonly alert: AlertSketch;
  /** While still unmet, the alert grows more serious at these times (a person held days past her sentence). */
  readonly grows?: readonly Growth[];
}

/** A miss the records show by themselves (a fee charged, a detention order without grounds): raised at once, due when it happened. */
export interface Finding {
  readonly subjectKey: string;
  readonly shownBy: Evidence;
  /** The first later record that cures it or ends the harm, which resolves the alert. */
  readonly cured: Evidence | null;
  readonly alert: AlertSketch;
}

export interface Growth {
  readonly at: string;
  readonly severity: Severity;
  readonly reason: string;
}

/** What a rule says of its alert; the engine adds the rule, the severity, the person and the legal basis from the policy. */
export interface AlertSketch {
  readonly responsible: Responsible;
  readonly childIds: readonly string[];
  readonly arrestId: string | null;
  readonly province: string | null;
  /** In words a person can act on: times in the jurisdiction's zone, no internal codes. */
  readonly summary: string;
  readonly triggeringEventIds: readonly string[];
  /** When the rule raises at another severity than its policy's (a growing alert starts lower). */
  readonly severity?: Severity;
}

/** Who must act: the agency, and the unit of it (the police unit, the court, the prison) that must. */
export interface Responsible {
  readonly agency: Agency;
  readonly unitId: string | null;
}

export const NO_JUDGEMENT: Judgement = { watches: [], findings: [] };
