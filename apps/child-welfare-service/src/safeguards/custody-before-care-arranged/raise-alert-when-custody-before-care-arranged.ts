import type { ArrestWatch } from '../arrest-watch';
import type { RulePolicy } from '../policy';
import { minutesBetween, type AlertDraft, type SafeguardOutcome } from '../safeguard-outcome';

export const CUSTODY_BEFORE_CARE_ARRANGED = 'custody-before-care-arranged';

/**
 * The report asks that a mother be allowed to arrange care for her children before she is taken
 * into custody. A child known to the police (recorded at the screening, or present at the arrest
 * without details) with no care arrangement made before custody raises an alert at custody; an
 * arrangement made afterwards resolves it, noting how long after custody it came.
 */
export function raiseAlertWhenCustodyBeforeCareArranged(policy: RulePolicy) {
  const ruleId = CUSTODY_BEFORE_CARE_ARRANGED;

  return {
    ruleId,

    evaluate(watch: ArrestWatch): SafeguardOutcome[] {
      const { arrest, custody, screening } = watch;
      if (!arrest || !custody) return [{ kind: 'nothing', ruleId, reason: 'she is not known to be in police custody' }];
      const custodyAt = custody.data.custodyAt;
      const recordedChildren = screening?.data.children.map((c) => c.childId) ?? [];
      // Children seen at the arrest but never recorded by name are still children someone must look after.
      const subjects: { key: string; childIds: string[] }[] =
        recordedChildren.length > 0
          ? recordedChildren.map((childId) => ({ key: `${watch.arrestId}:${childId}`, childIds: [childId] }))
          : arrest.data.circumstances.childrenPresent > 0
            ? [{ key: `${watch.arrestId}:children-present`, childIds: [] }]
            : [];
      if (subjects.length === 0) return [{ kind: 'nothing', ruleId, reason: 'no child is known to the police' }];

      return subjects.flatMap(({ key, childIds }): SafeguardOutcome[] => {
        const arrangements = watch.careArrangements
          .filter((c) => childIds.length === 0 || childIds.includes(c.data.childId))
          .sort((a, b) => Date.parse(a.data.arrangedAt) - Date.parse(b.data.arrangedAt));
        const first = arrangements[0];
        if (first && Date.parse(first.data.arrangedAt) <= Date.parse(custodyAt)) {
          return [{ kind: 'nothing', ruleId, reason: `care was arranged at ${first.data.arrangedAt}, before custody at ${custodyAt}` }];
        }
        const draft: AlertDraft = {
          ruleId,
          subjectKey: key,
          severity: policy.severity,
          personId: arrest.data.person.personId,
          arrestId: watch.arrestId,
          childIds,
          responsibleAgency: policy.responsibleAgency,
          responsibleUnitId: arrest.data.arrestingUnit.unitId,
          province: arrest.data.province,
          legalBasis: policy.legalBasis,
          summary: `The person arrested by ${arrest.data.arrestingUnit.unitId} was taken into custody at ${custodyAt} before care was arranged for ${childIds.length > 0 ? 'her child' : 'the children present at the arrest'}.`,
          dueAt: custodyAt,
          triggeringEventIds: [custody.eventId],
        };
        if (!first) return [{ kind: 'raise-alert', alert: draft }];
        const late = minutesBetween(custodyAt, first.data.arrangedAt);
        return [
          { kind: 'raise-alert', alert: draft },
          {
            kind: 'resolve-alert',
            ruleId,
            subjectKey: key,
            resolvedAt: first.data.arrangedAt,
            lateByMinutes: late,
            reason: `care arranged ${late} min after she was taken into custody`,
            resolvingEventIds: [first.eventId],
          },
        ];
      });
    },
  };
}
