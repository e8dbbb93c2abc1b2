import { factsOf, type PersonFile } from '../../person-file/person-file';
import { addHours, custodiesOf, custodyAlert, deadlineSafeguard, firstMark, ofCustody, type Mark, type Watch } from '../prison-facts';
import type { WithinHoursPolicy } from '../prison-policy';

export const TRANSFER_NOT_NOTIFIED = 'transfer-not-notified';

/**
 * Nelson Mandela Rule 68: her family is told when she is moved. Every move gets a deadline
 * `withinHours` after it:
 * - a prison transfer (`${custodyId}:${transferredAt}`): met by a FamilyNotified about 'transfer'
 *   of that custody made after her previous move (notice given ahead of the move counts);
 * - a police transfer to prison (`${arrestId}:to-prison:${transferredAt}`): met by the receiving
 *   prison's FamilyNotified about 'transfer' or by the police letting her reach her family
 *   (FamilyContactGiven) after the transfer. The police unit that moved her answers for it.
 * Release before the deadline makes it moot.
 */
export function raiseAlertWhenTransferNotNotifiedWithin(policy: WithinHoursPolicy) {
  const ruleId = TRANSFER_NOT_NOTIFIED;

  function notices(file: PersonFile, custodyId: string, from: string): Mark | null {
    const told = ofCustody(file, 'FamilyNotified', custodyId).find((n) => n.data.about === 'transfer' && Date.parse(n.data.notifiedAt) >= Date.parse(from));
    return told ? { at: told.data.notifiedAt, eventId: told.eventId, says: `family told by ${told.data.method}` } : null;
  }

  function prisonTransfers(file: PersonFile): Watch[] {
    return custodiesOf(file).flatMap((custody) =>
      custody.transfers.map((move, i): Watch => {
        const { transferredAt, fromFacilityId, toFacilityId } = move.data;
        const previous = i === 0 ? custody.admission.data.admittedAt : custody.transfers[i - 1].data.transferredAt;
        const subjectKey = `${custody.custodyId}:${transferredAt}`;
        const dueAt = addHours(transferredAt, policy.withinHours);
        const release = custody.release;
        return {
          subjectKey,
          dueAt,
          met: notices(file, custody.custodyId, previous),
          moot: release && { at: release.data.releasedAt, eventId: release.eventId, says: 'released' },
          alert: custodyAlert(ruleId, policy, custody, transferredAt, {
            subjectKey,
            childIds: [],
            summary: `No record that her family was told of her transfer from ${fromFacilityId} to ${toFacilityId} on ${transferredAt} within ${policy.withinHours} h.`,
            dueAt,
            triggeringEventIds: [move.eventId],
          }),
        };
      }),
    );
  }

  function policeTransfers(file: PersonFile): Watch[] {
    return factsOf(file, 'TransferredToPrison').flatMap((move): Watch[] => {
      const { arrestId, transferredAt, prisonFacility, detentionOrderReference } = move.data;
      const arrest = factsOf(file, 'ArrestMade').find((a) => a.data.arrestId === arrestId);
      if (!arrest) return [];
      const custody = custodiesOf(file).find((c) => c.admission.data.orderReference === detentionOrderReference);
      const contact = factsOf(file, 'FamilyContactGiven').find((c) => c.data.arrestId === arrestId && Date.parse(c.data.contactedAt) >= Date.parse(transferredAt));
      const subjectKey = `${arrestId}:to-prison:${transferredAt}`;
      const dueAt = addHours(transferredAt, policy.withinHours);
      const release = custody?.release ?? null;
      return [
        {
          subjectKey,
          dueAt,
          met: firstMark(custody && notices(file, custody.custodyId, transferredAt), contact && { at: contact.data.contactedAt, eventId: contact.eventId, says: 'she reached her family' }),
          moot: release && { at: release.data.releasedAt, eventId: release.eventId, says: 'released' },
          alert: {
            ruleId,
            subjectKey,
            severity: policy.severity,
            personId: file.personId,
            arrestId,
            childIds: [],
            responsibleAgency: 'police',
            responsibleUnitId: arrest.data.arrestingUnit.unitId,
            province: arrest.data.province,
            legalBasis: policy.legalBasis,
            summary: `No record that her family was told within ${policy.withinHours} h that ${arrest.data.arrestingUnit.unitId} moved her from police custody to ${prisonFacility} on ${transferredAt}.`,
            dueAt,
            triggeringEventIds: [move.eventId],
          },
        },
      ];
    });
  }

  return deadlineSafeguard(ruleId, (file) => [...prisonTransfers(file), ...policeTransfers(file)], 'she has not been moved');
}
