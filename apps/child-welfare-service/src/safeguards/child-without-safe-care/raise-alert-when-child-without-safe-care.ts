import type { Caregiver, ChildRecord } from '@safeguard/contracts';
import type { ArrestWatch } from '../arrest-watch';
import type { RulePolicy } from '../policy';
import { minutesBetween, type SafeguardOutcome } from '../safeguard-outcome';

export const CHILD_WITHOUT_SAFE_CARE = 'child-without-safe-care';

/** An adult: someone under 18 caring for a child is another child (LICADHO 2015 found such cases). */
const ADULT_AGE_YEARS = 18;

/** Why a recorded child has no safe care, or null when the child has. */
export function unsafeCareReason(child: Pick<ChildRecord, 'whereabouts' | 'caregiver'>): string | null {
  switch (child.whereabouts) {
    case 'alone':
      return 'the child is alone';
    case 'with-other-children-only':
      return 'the child is only with other children';
    case 'unknown':
      return 'nobody knows where the child is';
    default:
      return unsafeCaregiverReason(child.caregiver);
  }
}

function unsafeCaregiverReason(caregiver: Caregiver | null): string | null {
  if (caregiver === null || caregiver.relation === 'nobody') return 'no one is caring for the child';
  if (caregiver.ageYears !== null && caregiver.ageYears < ADULT_AGE_YEARS) return `the only caregiver is ${caregiver.ageYears} years old`;
  return null;
}

/**
 * Children were left alone or with other children when their mothers were taken (LICADHO 2015).
 * A child recorded without a safe caregiver raises a critical alert at once; a later care
 * arrangement with an adult resolves it, noting how long the child waited.
 */
export function raiseAlertWhenChildWithoutSafeCare(policy: RulePolicy) {
  const ruleId = CHILD_WITHOUT_SAFE_CARE;

  return {
    ruleId,

    evaluate(watch: ArrestWatch): SafeguardOutcome[] {
      const { arrest, screening } = watch;
      if (!arrest || !screening) return [{ kind: 'nothing', ruleId, reason: 'the arrest and the children are not both known yet' }];
      if (screening.data.children.length === 0) return [{ kind: 'nothing', ruleId, reason: 'no child details were recorded (none, declined or no consent)' }];
      return screening.data.children.flatMap((child): SafeguardOutcome[] => {
        const reason = unsafeCareReason(child);
        if (reason === null) return [{ kind: 'nothing', ruleId, reason: `child ${child.childId} is with a caregiver` }];
        const subjectKey = `${watch.arrestId}:${child.childId}`;
        const raise: SafeguardOutcome = {
          kind: 'raise-alert',
          alert: {
            ruleId,
            subjectKey,
            severity: policy.severity,
            personId: arrest.data.person.personId,
            arrestId: watch.arrestId,
            childIds: [child.childId],
            responsibleAgency: policy.responsibleAgency,
            responsibleUnitId: arrest.data.arrestingUnit.unitId,
            province: arrest.data.province,
            legalBasis: policy.legalBasis,
            summary: `A child of the person arrested by ${arrest.data.arrestingUnit.unitId} has no safe care: ${reason}.`,
            dueAt: screening.data.askedAt,
            triggeringEventIds: [screening.eventId],
          },
        };
        const safeArrangement = watch.careArrangements.find((c) => c.data.childId === child.childId && unsafeCaregiverReason(c.data.caregiver) === null);
        if (!safeArrangement) return [raise];
        const waited = Math.max(0, minutesBetween(screening.data.askedAt, safeArrangement.data.arrangedAt));
        return [
          raise,
          {
            kind: 'resolve-alert',
            ruleId,
            subjectKey,
            resolvedAt: safeArrangement.data.arrangedAt,
            lateByMinutes: waited,
            reason: `care arranged with a ${safeArrangement.data.caregiver.relation} ${waited} min after the child was recorded without safe care`,
            resolvingEventIds: [safeArrangement.eventId],
          },
        ];
      });
    },
  };
}
