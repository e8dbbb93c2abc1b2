import type { PersonFile } from '../../person-file/person-file';
import { addDays, addHours, custodiesOf, custodyAlert, deadlineSafeguard, ofCustody, type Watch } from '../prison-facts';
import type { ReleasePreparationPolicy } from '../prison-policy';

export const RELEASE_NOT_PREPARED = 'release-not-prepared';

/**
 * LICADHO 2015: the family member who looks after the children is told of the release date in
 * time to prepare them. Each ReleaseScheduled gets a deadline (`${custodyId}:${releaseOn}`)
 * `daysBeforeRelease` before the release; when that leaves less than `withinHoursWhenSooner`
 * after scheduling (a pardon, an amnesty), the deadline is that many hours after scheduling, but
 * never after the release itself. Met by a FamilyNotified about 'release' to the caregiver
 * (isCaregiver) at or after scheduling; telling anyone else does not count. A later schedule of
 * the same custody before the deadline supersedes it. Release itself does not: she went home unannounced.
 */
export function raiseAlertWhenReleaseNotPrepared(policy: ReleasePreparationPolicy) {
  const ruleId = RELEASE_NOT_PREPARED;

  function dueAtFor(scheduledAt: string, releaseOn: string): string {
    const ahead = addDays(releaseOn, -policy.daysBeforeRelease);
    const soonest = addHours(scheduledAt, policy.withinHoursWhenSooner);
    if (Date.parse(ahead) >= Date.parse(soonest)) return ahead;
    return Date.parse(soonest) <= Date.parse(releaseOn) ? soonest : releaseOn;
  }

  function watchesOf(file: PersonFile): Watch[] {
    return custodiesOf(file).flatMap((custody) => {
      const schedules = ofCustody(file, 'ReleaseScheduled', custody.custodyId);
      return schedules.map((schedule, i): Watch => {
        const { scheduledAt, releaseOn, reason } = schedule.data;
        const subjectKey = `${custody.custodyId}:${releaseOn}`;
        const dueAt = dueAtFor(scheduledAt, releaseOn);
        const told = ofCustody(file, 'FamilyNotified', custody.custodyId).find((n) => n.data.about === 'release' && n.data.isCaregiver && Date.parse(n.data.notifiedAt) >= Date.parse(scheduledAt));
        const later = schedules[i + 1];
        return {
          subjectKey,
          dueAt,
          met: told ? { at: told.data.notifiedAt, eventId: told.eventId, says: `children's caregiver told by ${told.data.method}` } : null,
          moot: later ? { at: later.data.scheduledAt, eventId: later.eventId, says: `release rescheduled for ${later.data.releaseOn}` } : null,
          alert: custodyAlert(ruleId, policy, custody, dueAt, {
            subjectKey,
            childIds: [],
            summary: `No record that her children's caregiver was told by ${dueAt} of her release (${reason}) on ${releaseOn}, scheduled on ${scheduledAt}.`,
            dueAt,
            triggeringEventIds: [schedule.eventId],
          }),
        };
      });
    });
  }

  return deadlineSafeguard(ruleId, watchesOf, 'no release is scheduled');
}
