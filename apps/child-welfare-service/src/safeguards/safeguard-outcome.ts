import type { Agency, Severity } from '@safeguard/contracts';

/**
 * What a rule decides, as data. The shell carries it out; "nothing" keeps its reason, because an
 * auditor will ask why no alert was raised.
 */
export type SafeguardOutcome = ScheduleDeadline | CancelDeadline | RaiseAlert | EscalateAlert | ResolveAlert | WithdrawAlert | Nothing;

export interface ScheduleDeadline {
  readonly kind: 'schedule-deadline';
  readonly ruleId: string;
  readonly subjectKey: string;
  readonly dueAt: string;
  /** The agency event that set the deadline: what an alert raised when it passes is caused by. */
  readonly causedBy: string;
}

export interface CancelDeadline {
  readonly kind: 'cancel-deadline';
  readonly ruleId: string;
  readonly subjectKey: string;
  readonly reason: string;
}

export interface AlertDraft {
  readonly ruleId: string;
  /** With the rule, what makes an alert unique: the same facts never raise it twice. */
  readonly subjectKey: string;
  readonly severity: Severity;
  readonly personId: string;
  readonly arrestId: string | null;
  readonly childIds: readonly string[];
  readonly responsibleAgency: Agency;
  readonly responsibleUnitId: string | null;
  readonly province: string | null;
  readonly legalBasis: string;
  readonly summary: string;
  readonly dueAt: string;
  readonly triggeringEventIds: readonly string[];
}

export interface RaiseAlert {
  readonly kind: 'raise-alert';
  readonly alert: AlertDraft;
}

/** The miss goes on: an open alert becomes more serious (never less). */
export interface EscalateAlert {
  readonly kind: 'escalate-alert';
  readonly ruleId: string;
  readonly subjectKey: string;
  readonly severity: Severity;
  readonly escalatedAt: string;
  readonly reason: string;
}

export interface ResolveAlert {
  readonly kind: 'resolve-alert';
  readonly ruleId: string;
  readonly subjectKey: string;
  readonly resolvedAt: string;
  readonly lateByMinutes: number;
  readonly reason: string;
  readonly resolvingEventIds: readonly string[];
}

/**
 * The safeguard was met in time (or the duty ended before it was due), but the record saying so
 * reached the service after an alert was raised: the alert is taken back, not resolved as a miss.
 * Only acts on an alert that exists.
 */
export interface WithdrawAlert {
  readonly kind: 'withdraw-alert';
  readonly ruleId: string;
  readonly subjectKey: string;
  readonly reason: string;
}

export interface Nothing {
  readonly kind: 'nothing';
  readonly ruleId: string;
  readonly reason: string;
}

export function minutesBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
