import type { PersonFile } from '../../person-file/person-file';
import { addDays, childrenInPrison, childrenOutside, custodiesOf, custodyAlert, deadlineSafeguard, ofCustody, type Custody, type Mark, type Watch } from '../prison-facts';
import type { ContactPolicy } from '../prison-policy';

export const NO_PARENT_CHILD_CONTACT = 'no-parent-child-contact';

/**
 * Bangkok Rule 26 and LICADHO 2015: a mother in prison keeps in touch with each of her children.
 * For every child outside prison known to the prison (recorded at admission, or by the police when
 * the prison recorded none), a rolling deadline (`${custodyId}:${childId}:${periodStart}`) of
 * `withinDays` from admission, or from the last contact with that child. Contact is a visit by the
 * child, a call naming the child, or home leave (which counts for every child). A call to the
 * caregiver that names no child is not contact with the child. A child living in prison with her
 * is in contact; once that child leaves prison the clock starts from the day it left. Release
 * makes the deadline moot.
 */
export function raiseAlertWhenNoParentChildContactWithin(policy: ContactPolicy) {
  const ruleId = NO_PARENT_CHILD_CONTACT;

  function contactsWith(file: PersonFile, custodyId: string, childId: string): Mark[] {
    return [
      ...ofCustody(file, 'VisitTookPlace', custodyId).filter((v) => v.data.childIds.includes(childId)).map((v) => ({ at: v.data.visitedAt, eventId: v.eventId, says: 'the child visited' })),
      ...ofCustody(file, 'PhoneCallMade', custodyId).filter((c) => c.data.childIds.includes(childId)).map((c) => ({ at: c.data.calledAt, eventId: c.eventId, says: 'she called the child' })),
      ...ofCustody(file, 'HomeLeaveGranted', custodyId).map((l) => ({ at: l.data.leaveFrom, eventId: l.eventId, says: 'home leave' })),
    ].sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  }

  function watchesFor(file: PersonFile, custody: Custody, childId: string, from: Mark): Watch[] {
    const contacts = contactsWith(file, custody.custodyId, childId).filter((c) => Date.parse(c.at) > Date.parse(from.at));
    const release = custody.release;
    const moot = release && { at: release.data.releasedAt, eventId: release.eventId, says: 'released' };
    return [from, ...contacts]
      .filter((start) => !moot || Date.parse(start.at) < Date.parse(moot.at))
      .map((start, i): Watch => {
        const subjectKey = `${custody.custodyId}:${childId}:${start.at}`;
        const dueAt = addDays(start.at, policy.withinDays);
        return {
          subjectKey,
          dueAt,
          met: contacts[i] ?? null,
          moot,
          alert: custodyAlert(ruleId, policy, custody, dueAt, {
            subjectKey,
            childIds: [childId],
            summary: `No visit or call between her and one of her children since ${start.at} (${start.says}): more than ${policy.withinDays} days.`,
            dueAt,
            triggeringEventIds: [start.eventId],
          }),
        };
      });
  }

  function watchesOf(file: PersonFile): Watch[] {
    return custodiesOf(file).flatMap((custody) => {
      const admitted: Mark = { at: custody.admission.data.admittedAt, eventId: custody.admission.eventId, says: 'admission' };
      const inPrison = childrenInPrison(file, custody.custodyId);
      const outside = childrenOutside(file, custody).filter((id) => !inPrison.some((c) => c.childId === id));
      const leftPrison = inPrison.flatMap((c) => (c.left ? [{ childId: c.childId, from: { at: c.left.data.leftAt, eventId: c.left.eventId, says: 'the child left prison' } }] : []));
      return [...outside.map((childId) => ({ childId, from: admitted })), ...leftPrison].flatMap(({ childId, from }) => watchesFor(file, custody, childId, from));
    });
  }

  return deadlineSafeguard(ruleId, watchesOf, 'no child outside prison is known');
}
