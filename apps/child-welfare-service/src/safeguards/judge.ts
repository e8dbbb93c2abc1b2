import type { FamilyView } from '../reconciled/family-view';
import { earliest, isBefore } from '../reconciled/evidence';
import type { Finding, Rule, Watch } from './rule';
import type { RulePolicy } from './rule-policy';
import type { LatenessWords } from './rule-words';
import { minutesBetween, type AlertDraft, type SafeguardOutcome } from './safeguard-outcome';

/** A growth deadline is kept under the watch's key and the severity it grows to. */
const GROWTH = '#grows-to-';

/**
 * The one engine every rule runs on, on every change of the file (whatever order its facts came
 * in): schedule what is still awaited; clear an alert raised before a record that met it in time
 * arrived; raise and resolve, with how late, what was met late; raise what the records show was
 * missed. Time passing alone never raises here: that is `judgeDeadline`'s work.
 */
export function judgeFile(rule: Rule, policy: RulePolicy, view: FamilyView, words: LatenessWords): SafeguardOutcome[] {
  const { watches, findings } = rule.judge(view);
  const outcomes = [
    ...watches.flatMap((w) => watchOutcomes(rule.ruleId, policy, view, w, words)),
    ...findings.flatMap((f) => findingOutcomes(rule.ruleId, policy, view, f, words)),
  ];
  return outcomes.length > 0 ? outcomes : [{ kind: 'nothing', ruleId: rule.ruleId, reason: rule.whenNothingOwed }];
}

/** When a deadline the engine scheduled passes by the injected clock: raise (or grow) only if it is due and nothing settled it. */
export function judgeDeadline(rule: Rule, policy: RulePolicy, view: FamilyView, subjectKey: string, now: Date): SafeguardOutcome[] {
  const ruleId = rule.ruleId;
  const parts = subjectKey.split(GROWTH);
  const key = parts[0];
  const grownTo = parts.at(1);
  const watch = rule.judge(view).watches.find((w) => w.subjectKey === key);
  if (!watch) return [{ kind: 'nothing', ruleId, reason: `${key} is no longer awaited in the file` }];
  const settled = earliest(watch.met, watch.moot);
  if (settled) return [{ kind: 'nothing', ruleId, reason: `${settled.says} (${settled.at})` }];
  if (grownTo === undefined) {
    if (now.getTime() < Date.parse(watch.dueAt)) return [{ kind: 'nothing', ruleId, reason: `not due until ${watch.dueAt}` }];
    return [{ kind: 'raise-alert', alert: draftOf(ruleId, policy, view, watch.subjectKey, watch.dueAt, watch.alert) }];
  }
  const growth = watch.grows?.find((g) => g.severity === grownTo);
  if (!growth) return [{ kind: 'nothing', ruleId, reason: `${key} no longer grows to ${grownTo}` }];
  if (now.getTime() < Date.parse(growth.at)) return [{ kind: 'nothing', ruleId, reason: `does not grow until ${growth.at}` }];
  return [{ kind: 'escalate-alert', ruleId, subjectKey: key, severity: growth.severity, escalatedAt: growth.at, reason: growth.reason }];
}

function watchOutcomes(ruleId: string, policy: RulePolicy, view: FamilyView, w: Watch, words: LatenessWords): SafeguardOutcome[] {
  const { subjectKey, dueAt } = w;
  const settled = earliest(w.met, w.moot);
  if (!settled) {
    return [
      { kind: 'schedule-deadline', ruleId, subjectKey, dueAt, causedBy: w.setBy.eventId },
      ...(w.grows ?? []).map((g): SafeguardOutcome => ({
        kind: 'schedule-deadline',
        ruleId,
        subjectKey: `${subjectKey}${GROWTH}${g.severity}`,
        dueAt: g.at,
        causedBy: w.setBy.eventId,
      })),
    ];
  }
  const cancelGrowth = (reason: string) =>
    (w.grows ?? []).map((g): SafeguardOutcome => ({ kind: 'cancel-deadline', ruleId, subjectKey: `${subjectKey}${GROWTH}${g.severity}`, reason }));
  if (!isBefore(dueAt, settled.at)) {
    const reason = `${settled.says} on ${words.instant(settled.at)}, in time (due ${words.instant(dueAt)})`;
    return [
      { kind: 'cancel-deadline', ruleId, subjectKey, reason },
      ...cancelGrowth(reason),
      // Only acts when the record reached us after the sweeper had already raised the alert: no miss, so taken back.
      { kind: 'withdraw-alert', ruleId, subjectKey, reason: `${reason}; the record reached the service after the deadline was checked` },
    ];
  }
  const late = minutesBetween(dueAt, settled.at);
  const lateWords = `${words.duration(late)} after the deadline of ${words.instant(dueAt)}`;
  const grown = (w.grows ?? []).filter((g) => !isBefore(settled.at, g.at));
  const outcomes: SafeguardOutcome[] = [
    { kind: 'cancel-deadline', ruleId, subjectKey, reason: `${settled.says} ${lateWords}` },
    ...cancelGrowth(`${settled.says} ${lateWords}`),
    // Raised even when the record arrived before the sweeper ran: the miss is a fact.
    { kind: 'raise-alert', alert: draftOf(ruleId, policy, view, subjectKey, dueAt, w.alert) },
    ...grown.map((g): SafeguardOutcome => ({
      kind: 'escalate-alert',
      ruleId,
      subjectKey,
      severity: g.severity,
      escalatedAt: g.at,
      reason: g.reason,
    })),
  ];
  if (settled !== w.met) return outcomes;
  return [
    ...outcomes,
    {
      kind: 'resolve-alert',
      ruleId,
      subjectKey,
      resolvedAt: settled.at,
      lateByMinutes: late,
      reason: `${settled.says} ${lateWords}`,
      resolvingEventIds: [settled.eventId],
    },
  ];
}

function findingOutcomes(ruleId: string, policy: RulePolicy, view: FamilyView, f: Finding, words: LatenessWords): SafeguardOutcome[] {
  const raise: SafeguardOutcome = { kind: 'raise-alert', alert: draftOf(ruleId, policy, view, f.subjectKey, f.shownBy.at, f.alert) };
  if (!f.cured) return [raise];
  const lasted = Math.max(0, minutesBetween(f.shownBy.at, f.cured.at));
  return [
    raise,
    {
      kind: 'resolve-alert',
      ruleId,
      subjectKey: f.subjectKey,
      resolvedAt: f.cured.at,
      lateByMinutes: lasted,
      reason: `${f.cured.says} ${words.duration(lasted)} later, on ${words.instant(f.cured.at)}`,
      resolvingEventIds: [f.cured.eventId],
    },
  ];
}

function draftOf(ruleId: string, policy: RulePolicy, view: FamilyView, subjectKey: string, dueAt: string, sketch: Watch['alert']): AlertDraft {
  return {
    ruleId,
    subjectKey,
    severity: sketch.severity ?? policy.severity,
    personId: view.personId,
    arrestId: sketch.arrestId,
    childIds: sketch.childIds,
    responsibleAgency: sketch.responsible.agency,
    responsibleUnitId: sketch.responsible.unitId,
    province: sketch.province,
    legalBasis: policy.legalBasis,
    summary: sketch.summary,
    dueAt,
    triggeringEventIds: sketch.triggeringEventIds,
  };
}
