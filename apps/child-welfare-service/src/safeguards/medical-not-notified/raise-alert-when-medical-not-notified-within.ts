import type { PersonFile } from '../../person-file/person-file';
import { addHours, custodiesOf, custodyAlert, deadlineSafeguard, ofCustody, type Watch } from '../prison-facts';
import type { WithinHoursPolicy } from '../prison-policy';

export const MEDICAL_NOT_NOTIFIED = 'medical-not-notified';

/**
 * Nelson Mandela Rules 68–69: her family is told at once of a serious illness or injury, hers or
 * that of a child living in prison with her. Each MedicalEventRecorded marked serious gets a
 * deadline (`${custodyId}:${occurredAt}:${childId | 'parent'}`) `withinHours` after it, met by a
 * FamilyNotified about 'medical' made at or after it. Events not marked serious are left to the
 * prison's judgement. Release before the deadline makes it moot: she can tell them herself.
 */
export function raiseAlertWhenMedicalNotNotifiedWithin(policy: WithinHoursPolicy) {
  const ruleId = MEDICAL_NOT_NOTIFIED;

  function watchesOf(file: PersonFile): Watch[] {
    return custodiesOf(file).flatMap((custody) =>
      ofCustody(file, 'MedicalEventRecorded', custody.custodyId)
        .filter((m) => m.data.serious)
        .map((medical): Watch => {
          const { occurredAt, childId, kind } = medical.data;
          const subjectKey = `${custody.custodyId}:${occurredAt}:${childId ?? 'parent'}`;
          const dueAt = addHours(occurredAt, policy.withinHours);
          const told = ofCustody(file, 'FamilyNotified', custody.custodyId).find((n) => n.data.about === 'medical' && Date.parse(n.data.notifiedAt) >= Date.parse(occurredAt));
          const release = custody.release;
          const whose = childId === null ? 'her' : 'a child living in prison with her';
          return {
            subjectKey,
            dueAt,
            met: told ? { at: told.data.notifiedAt, eventId: told.eventId, says: `family told by ${told.data.method}` } : null,
            moot: release && { at: release.data.releasedAt, eventId: release.eventId, says: 'released' },
            alert: custodyAlert(ruleId, policy, custody, occurredAt, {
              subjectKey,
              childIds: childId === null ? [] : [childId],
              summary: `No record that the family was told within ${policy.withinHours} h of a serious medical event (${kind}) concerning ${whose} on ${occurredAt}.`,
              dueAt,
              triggeringEventIds: [medical.eventId],
            }),
          };
        }),
    );
  }

  return deadlineSafeguard(ruleId, watchesOf, 'no serious medical event is recorded');
}
