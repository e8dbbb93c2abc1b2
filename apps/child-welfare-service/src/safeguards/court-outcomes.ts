import type { PersonFile } from '../person-file/person-file';
import { caseContextOf, isBefore, recordedChildIds, type DetentionSpell } from './court-facts';
import type { RulePolicy } from './rule-policy';
import { minutesBetween, type AlertDraft, type SafeguardOutcome } from './safeguard-outcome';

/** How the court and follow-up rules answer: the shared shapes of a deadline, an at-once alert and its resolution. */

/** What a rule says about a case; the rest of the alert comes from the case, the file and the policy. */
export interface CaseAlert {
  readonly ruleId: string;
  readonly subjectKey: string;
  readonly responsibleUnitId: string | null;
  readonly summary: string;
  readonly dueAt: string;
  readonly triggeringEventIds: readonly string[];
  /** Every child recorded for her unless the rule names some. */
  readonly childIds?: readonly string[];
}

export function caseAlertDraft(file: PersonFile, caseId: string, policy: RulePolicy, a: CaseAlert): AlertDraft {
  const c = caseContextOf(file, caseId);
  return {
    ...a,
    childIds: a.childIds ?? recordedChildIds(file),
    severity: policy.severity,
    personId: file.personId,
    arrestId: c.arrestId,
    responsibleAgency: policy.responsibleAgency,
    province: c.province,
    legalBasis: policy.legalBasis,
  };
}

/** The fact that met a safeguard (or ended what it watched): when, which events, and in words. */
export interface Met {
  readonly at: string;
  readonly eventIds: readonly string[];
  readonly what: string;
}

/** "45 min", "5 h", "12 days": how late, as a reader would say it. */
export function lateness(minutes: number): string {
  if (minutes < 120) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / (24 * 60))} days`;
}

/**
 * A deadline rule's answer on every change of the file, as the arrest rules answer: schedule the
 * deadline while the fact is missing; cancel it when the fact came in time (clearing an alert the
 * sweeper raised before the record arrived); raise and resolve, saying how late, when it came after.
 * Time passing alone never raises here: that is `onDeadline`'s work.
 */
export function deadlineOutcomes(ruleId: string, subjectKey: string, dueAt: string, met: Met | null, draft: () => AlertDraft): SafeguardOutcome[] {
  if (!met) return [{ kind: 'schedule-deadline', ruleId, subjectKey, dueAt }];
  if (!isBefore(dueAt, met.at)) {
    const reason = `${met.what} at ${met.at}, by the deadline ${dueAt}`;
    return [
      { kind: 'cancel-deadline', ruleId, subjectKey, reason },
      { kind: 'resolve-alert', ruleId, subjectKey, resolvedAt: met.at, lateByMinutes: 0, reason: `${reason}; the record arrived after the deadline`, resolvingEventIds: met.eventIds },
    ];
  }
  const late = minutesBetween(dueAt, met.at);
  return [
    { kind: 'cancel-deadline', ruleId, subjectKey, reason: `${met.what} ${lateness(late)} late` },
    { kind: 'raise-alert', alert: draft() },
    { kind: 'resolve-alert', ruleId, subjectKey, resolvedAt: met.at, lateByMinutes: late, reason: `${met.what} ${lateness(late)} after the deadline ${dueAt}`, resolvingEventIds: met.eventIds },
  ];
}

/** A deadline rule's answer when its deadline passes by the injected clock. */
export function onDeadlineOutcomes(ruleId: string, dueAt: string, now: Date, met: Met | null, draft: () => AlertDraft): SafeguardOutcome[] {
  if (met) return [{ kind: 'nothing', ruleId, reason: `${met.what} at ${met.at}` }];
  if (now.getTime() < Date.parse(dueAt)) return [{ kind: 'nothing', ruleId, reason: `not due until ${dueAt}` }];
  return [{ kind: 'raise-alert', alert: draft() }];
}

/**
 * A violation visible in the facts themselves is raised at once, due when it happened; a later
 * fact that cures it (or ends the harm) resolves it, saying how long it lasted.
 */
export function raisedAtOnce(draft: AlertDraft, cured: Met | null): SafeguardOutcome[] {
  const raise: SafeguardOutcome = { kind: 'raise-alert', alert: draft };
  if (!cured) return [raise];
  const late = minutesBetween(draft.dueAt, cured.at);
  return [
    raise,
    { kind: 'resolve-alert', ruleId: draft.ruleId, subjectKey: draft.subjectKey, resolvedAt: cured.at, lateByMinutes: late, reason: `${cured.what} ${lateness(late)} later`, resolvingEventIds: cured.eventIds },
  ];
}

/** The first of several possible facts, or null. */
export function earliest(...candidates: (Met | null | undefined)[]): Met | null {
  return candidates.filter((m): m is Met => !!m).sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0] ?? null;
}

export function metBy(fact: { eventId: string; occurredAt: string }, what: string): Met {
  return { at: fact.occurredAt, eventIds: [fact.eventId], what };
}

/** The end of a detention spell, as the fact that resolves an alert about it. */
export function endOf(spell: DetentionSpell | null): Met | null {
  return spell?.ended ? { at: spell.ended.at, eventIds: [spell.ended.eventId], what: spell.ended.how } : null;
}
