import type { DependantsNotAskedPolicy } from '../policy';
import { addMinutes, minutesBetween, type AlertDraft, type SafeguardOutcome } from '../safeguard-outcome';
import type { ArrestWatch } from '../arrest-watch';

export const DEPENDANTS_NOT_ASKED_AT_ARREST = 'dependants-not-asked-at-arrest';

/**
 * Police rarely asked arrested mothers about their children, and children were left alone
 * (LICADHO 2015). The person must be asked whether she is pregnant or has dependent children
 * within `withinMinutes` of the arrest; a miss raises an alert at the deadline, and a late answer
 * resolves it, noting how late it was.
 */
export function raiseAlertWhenDependantsNotAskedWithin(policy: DependantsNotAskedPolicy) {
  const ruleId = DEPENDANTS_NOT_ASKED_AT_ARREST;

  function dueAt(watch: ArrestWatch & { arrest: NonNullable<ArrestWatch['arrest']> }): string {
    return addMinutes(watch.arrest.data.arrestedAt, policy.withinMinutes);
  }

  function alert(watch: ArrestWatch & { arrest: NonNullable<ArrestWatch['arrest']> }): AlertDraft {
    const a = watch.arrest.data;
    return {
      ruleId,
      subjectKey: watch.arrestId,
      severity: policy.severity,
      personId: a.person.personId,
      arrestId: a.arrestId,
      childIds: [],
      responsibleAgency: policy.responsibleAgency,
      responsibleUnitId: a.arrestingUnit.unitId,
      province: a.province,
      legalBasis: policy.legalBasis,
      summary: `No record that the person arrested at ${a.arrestedAt} by ${a.arrestingUnit.unitId} was asked whether she is pregnant or has dependent children within ${policy.withinMinutes} min.`,
      dueAt: dueAt(watch),
      triggeringEventIds: [watch.arrest.eventId],
    };
  }

  return {
    ruleId,

    /** On every change of the watch, whatever order the facts came in. */
    evaluate(watch: ArrestWatch): SafeguardOutcome[] {
      const { arrest, screening } = watch;
      if (!arrest) return [{ kind: 'nothing', ruleId, reason: 'the arrest itself is not known yet' }];
      const withArrest = { ...watch, arrest };
      const due = dueAt(withArrest);
      if (!screening) return [{ kind: 'schedule-deadline', ruleId, subjectKey: watch.arrestId, dueAt: due }];

      const askedAt = screening.data.askedAt;
      const after = minutesBetween(arrest.data.arrestedAt, askedAt);
      if (Date.parse(askedAt) <= Date.parse(due)) {
        const reason = `asked ${after} min after the arrest, within ${policy.withinMinutes} min`;
        return [
          { kind: 'cancel-deadline', ruleId, subjectKey: watch.arrestId, reason },
          // Only acts when the record reached us after the deadline check had already raised the alert.
          { kind: 'resolve-alert', ruleId, subjectKey: watch.arrestId, resolvedAt: askedAt, lateByMinutes: 0, reason: `${reason}; the record arrived after the deadline`, resolvingEventIds: [screening.eventId] },
        ];
      }
      const lateByMinutes = minutesBetween(due, askedAt);
      return [
        { kind: 'cancel-deadline', ruleId, subjectKey: watch.arrestId, reason: `asked ${lateByMinutes} min late` },
        // Raised even when the answer arrived before the deadline check ran: the miss is a fact.
        { kind: 'raise-alert', alert: alert(withArrest) },
        {
          kind: 'resolve-alert',
          ruleId,
          subjectKey: watch.arrestId,
          resolvedAt: askedAt,
          lateByMinutes,
          reason: `dependants screening recorded ${lateByMinutes} min after the ${policy.withinMinutes}-min deadline`,
          resolvingEventIds: [screening.eventId],
        },
      ];
    },

    /** When the scheduled deadline passes. */
    onDeadline(watch: ArrestWatch, now: Date): SafeguardOutcome[] {
      const { arrest, screening } = watch;
      if (!arrest) return [{ kind: 'nothing', ruleId, reason: 'the arrest itself is not known' }];
      if (screening) return [{ kind: 'nothing', ruleId, reason: `asked at ${screening.data.askedAt}` }];
      const withArrest = { ...watch, arrest };
      if (now.getTime() < Date.parse(dueAt(withArrest))) return [{ kind: 'nothing', ruleId, reason: `not due until ${dueAt(withArrest)}` }];
      return [{ kind: 'raise-alert', alert: alert(withArrest) }];
    },
  };
}
