import type { PersonFile } from '../../person-file/person-file';
import { addDays, addYears, childrenInPrison, custodiesOf, custodyAlert, deadlineSafeguard, firstMark, ofCustody, type ChildInPrison, type Custody, type Mark, type Watch } from '../prison-facts';
import type { ChildInPrisonPolicy } from '../prison-policy';

export const CHILD_IN_PRISON_ASSESSMENT_OVERDUE = 'child-in-prison-assessment-overdue';

/**
 * Bangkok Rules 49–52: a child living in prison is assessed individually and often, and leaves
 * by a plan. Two deadlines per child living in prison (admitted with her, or born there):
 * - rolling assessment (`${custodyId}:${childId}:${periodStart}`): `assessEveryDays` after the
 *   child came in or after the last ChildAssessed; each assessment closes one period and opens the
 *   next. The prison's own `nextAssessmentDue` does not extend the policy's limit.
 * - the age limit (`${custodyId}:${childId}:age-limit`): by the child's `ageLimitYears` birthday, an
 *   assessment recorded within `planLeadDays` before it must carry a referral or placement plan;
 *   a plan made long before (an infant's vaccination plan) is not a plan for leaving.
 * The child leaving prison, or the parent's release, makes both moot; a child who leaves after the
 * birthday without a plan has left by some arrangement, so leaving resolves the age-limit alert late.
 */
export function raiseAlertWhenChildInPrisonAssessmentOverdue(policy: ChildInPrisonPolicy) {
  const ruleId = CHILD_IN_PRISON_ASSESSMENT_OVERDUE;

  function watchesOf(file: PersonFile): Watch[] {
    return custodiesOf(file).flatMap((custody) => childrenInPrison(file, custody.custodyId).flatMap((child) => [...assessmentWatches(file, custody, child), ageLimitWatch(file, custody, child)]));
  }

  function gone(custody: Custody, child: ChildInPrison): Mark | null {
    return firstMark(
      child.left && { at: child.left.data.leftAt, eventId: child.left.eventId, says: 'the child left prison' },
      custody.release && { at: custody.release.data.releasedAt, eventId: custody.release.eventId, says: 'the parent was released' },
    );
  }

  function assessmentWatches(file: PersonFile, custody: Custody, child: ChildInPrison): Watch[] {
    const assessments = ofCustody(file, 'ChildAssessed', custody.custodyId).filter((a) => a.data.childId === child.childId);
    const starts = [{ at: child.since, eventId: child.eventId }, ...assessments.map((a) => ({ at: a.data.assessedAt, eventId: a.eventId }))];
    const end = gone(custody, child);
    return starts
      .filter((start) => !end || Date.parse(start.at) < Date.parse(end.at))
      .map((start, i): Watch => {
        const next = assessments[i];
        const subjectKey = `${custody.custodyId}:${child.childId}:${start.at}`;
        const dueAt = addDays(start.at, policy.assessEveryDays);
        return {
          subjectKey,
          dueAt,
          met: next ? { at: next.data.assessedAt, eventId: next.eventId, says: 'child assessed' } : null,
          moot: end,
          alert: custodyAlert(ruleId, policy, custody, dueAt, {
            subjectKey,
            childIds: [child.childId],
            summary: `A child living in prison with her has had no individual assessment since ${start.at}; one was due every ${policy.assessEveryDays} days, by ${dueAt}.`,
            dueAt,
            triggeringEventIds: [start.eventId],
          }),
        };
      });
  }

  function ageLimitWatch(file: PersonFile, custody: Custody, child: ChildInPrison): Watch {
    const subjectKey = `${custody.custodyId}:${child.childId}:age-limit`;
    const dueAt = addYears(child.dateOfBirth, policy.ageLimitYears);
    const planFrom = Date.parse(addDays(dueAt, -policy.planLeadDays));
    const plan = ofCustody(file, 'ChildAssessed', custody.custodyId).find((a) => a.data.childId === child.childId && a.data.referralOrPlacementPlan !== null && Date.parse(a.data.assessedAt) >= planFrom);
    const release = custody.release;
    return {
      subjectKey,
      dueAt,
      met: firstMark(
        plan && { at: plan.data.assessedAt, eventId: plan.eventId, says: 'referral or placement plan recorded' },
        child.left && { at: child.left.data.leftAt, eventId: child.left.eventId, says: 'the child left prison' },
      ),
      moot: release && { at: release.data.releasedAt, eventId: release.eventId, says: 'the parent was released' },
      alert: custodyAlert(ruleId, policy, custody, dueAt, {
        subjectKey,
        childIds: [child.childId],
        summary: `A child living in prison with her reaches ${policy.ageLimitYears} years on ${dueAt.slice(0, 10)} with no referral or placement plan recorded in the ${policy.planLeadDays} days before.`,
        dueAt,
        triggeringEventIds: [child.eventId],
      }),
    };
  }

  return deadlineSafeguard(ruleId, watchesOf, 'no child lives in prison with her');
}
