/**
 * What another policy would have done with the same history: the alerts the live policy holds
 * (the live alerts table) beside those a what-if replay under the other policy ends with, matched
 * by alert id (derived from rule and subject, never from the policy, so the same miss is the same
 * alert under both). Pure: no database, no clock.
 */

export type AlertStatus = 'open' | 'acknowledged' | 'resolved' | 'withdrawn';

/** One alert as either side ends with it: only what the comparison reads. */
export interface ComparedAlert {
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
  readonly responsibleAgency: string;
  readonly responsibleUnitId: string | null;
  readonly status: AlertStatus;
  /** ISO 8601. */
  readonly dueAt: string;
  /** `fact-recorded-late`, `resolved-by-monitor`, `withdrawn`, or null while it stands open. */
  readonly resolution: string | null;
}

/**
 * How one alert differs:
 * - `raised`: no miss live (never raised, or withdrawn), a miss under the other policy;
 * - `never-raised`: a miss live, none under the other policy;
 * - `resolved`: open live, resolved under the other policy (a fact met it, late, in its terms);
 * - `left-open`: resolved live by a late fact, still open under the other policy;
 * - `due-changed`: a miss under both, owed by a different time.
 * A monitor's case work (an acknowledgement, a resolution with a reason) is no agency fact and is
 * not replayed: an alert a monitor resolved live is compared by whether it is a miss at all.
 */
export type DifferenceKind = 'raised' | 'never-raised' | 'resolved' | 'left-open' | 'due-changed';
export const DIFFERENCE_KINDS: readonly DifferenceKind[] = ['raised', 'never-raised', 'resolved', 'left-open', 'due-changed'];

export type Counts = Readonly<Record<DifferenceKind | 'unchanged', number>>;

export interface AlertSide {
  readonly status: AlertStatus;
  readonly dueAt: string;
}

export interface AlertDifference {
  readonly kind: DifferenceKind;
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
  readonly responsibleAgency: string;
  /** The unit that must act: the other policy's where it raises the alert, else the live one's. */
  readonly responsibleUnitId: string | null;
  readonly live: AlertSide | null;
  readonly whatIf: AlertSide | null;
}

export interface RuleCounts {
  readonly ruleId: string;
  readonly counts: Counts;
}

export interface UnitCounts {
  readonly responsibleAgency: string;
  /** Null when the alert names only the agency. */
  readonly responsibleUnitId: string | null;
  readonly counts: Counts;
}

export interface AlertComparison {
  readonly totals: Counts;
  readonly byRule: readonly RuleCounts[];
  readonly byUnit: readonly UnitCounts[];
  readonly differences: readonly AlertDifference[];
}

/** Alerts compared only when either side's deadline falls in [from, to); either bound may be open. */
export interface DueWindow {
  readonly from?: string;
  readonly to?: string;
}

type Standing = 'none' | 'open' | 'resolved';

function standing(alert: ComparedAlert | undefined): Standing {
  if (!alert || alert.status === 'withdrawn') return 'none';
  return alert.status === 'resolved' ? 'resolved' : 'open';
}

/** The kind of difference between the two ends of one alert, or `unchanged`. */
export function differenceOf(live: ComparedAlert | undefined, whatIf: ComparedAlert | undefined): DifferenceKind | 'unchanged' {
  const before = standing(live);
  const after = standing(whatIf);
  if (before === 'none') return after === 'none' ? 'unchanged' : 'raised';
  if (after === 'none') return 'never-raised';
  if (!live || !whatIf) return 'unchanged';
  const byMonitor = live.resolution === 'resolved-by-monitor';
  if (!byMonitor && before === 'open' && after === 'resolved') return 'resolved';
  if (!byMonitor && before === 'resolved' && after === 'open') return 'left-open';
  return Date.parse(live.dueAt) === Date.parse(whatIf.dueAt) ? 'unchanged' : 'due-changed';
}

const zero = (): Record<DifferenceKind | 'unchanged', number> => ({
  raised: 0,
  'never-raised': 0,
  resolved: 0,
  'left-open': 0,
  'due-changed': 0,
  unchanged: 0,
});

function inWindow(window: DueWindow, ...alerts: (ComparedAlert | undefined)[]): boolean {
  const from = window.from === undefined ? -Infinity : Date.parse(window.from);
  const to = window.to === undefined ? Infinity : Date.parse(window.to);
  return alerts.some((a) => a !== undefined && Date.parse(a.dueAt) >= from && Date.parse(a.dueAt) < to);
}

/**
 * Every alert of either side, matched by id and counted per rule and per responsible unit; the
 * differences listed one by one, by rule, unit and deadline. An alert withdrawn on both sides, or
 * absent from one and withdrawn on the other, is no miss under either and is not counted.
 */
export function compareAlerts(live: readonly ComparedAlert[], whatIf: readonly ComparedAlert[], window: DueWindow = {}): AlertComparison {
  const liveById = new Map(live.map((a) => [a.alertId, a]));
  const whatIfById = new Map(whatIf.map((a) => [a.alertId, a]));
  const totals = zero();
  const byRule = new Map<string, Record<DifferenceKind | 'unchanged', number>>();
  const byUnit = new Map<
    string,
    { responsibleAgency: string; responsibleUnitId: string | null; counts: Record<DifferenceKind | 'unchanged', number> }
  >();
  const differences: AlertDifference[] = [];
  for (const alertId of new Set([...liveById.keys(), ...whatIfById.keys()])) {
    const before = liveById.get(alertId);
    const after = whatIfById.get(alertId);
    // The alert as the side that holds it as a miss names it: the policy tried's, else the live one's.
    const named = standing(after) !== 'none' ? after : standing(before) !== 'none' ? before : undefined;
    if (!named || !inWindow(window, before, after)) continue;
    const kind = differenceOf(before, after);
    totals[kind]++;
    const rule = byRule.get(named.ruleId) ?? zero();
    byRule.set(named.ruleId, rule);
    rule[kind]++;
    const unitKey = `${named.responsibleAgency}/${named.responsibleUnitId ?? ''}`;
    const unit = byUnit.get(unitKey) ?? { responsibleAgency: named.responsibleAgency, responsibleUnitId: named.responsibleUnitId, counts: zero() };
    byUnit.set(unitKey, unit);
    unit.counts[kind]++;
    if (kind === 'unchanged') continue;
    differences.push({
      kind,
      alertId,
      ruleId: named.ruleId,
      personId: named.personId,
      responsibleAgency: named.responsibleAgency,
      responsibleUnitId: named.responsibleUnitId,
      live: sideOf(before),
      whatIf: sideOf(after),
    });
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    totals,
    byRule: [...byRule].map(([ruleId, counts]) => ({ ruleId, counts })).sort((a, b) => byText(a.ruleId, b.ruleId)),
    byUnit: [...byUnit.values()].sort(
      (a, b) => byText(a.responsibleAgency, b.responsibleAgency) || byText(a.responsibleUnitId ?? '', b.responsibleUnitId ?? ''),
    ),
    differences: differences.sort(
      (a, b) =>
        byText(a.ruleId, b.ruleId) ||
        byText(a.responsibleUnitId ?? '', b.responsibleUnitId ?? '') ||
        byText(dueOf(a), dueOf(b)) ||
        byText(a.alertId, b.alertId),
    ),
  };
}

function sideOf(alert: ComparedAlert | undefined): AlertSide | null {
  return alert && alert.status !== 'withdrawn' ? { status: alert.status, dueAt: new Date(alert.dueAt).toISOString() } : null;
}

function dueOf(d: AlertDifference): string {
  return d.whatIf?.dueAt ?? d.live?.dueAt ?? '';
}
