import type { EventEnvelope, PrisonEvent } from '@safeguard/contracts';
import type { Sql } from '@safeguard/event-store';

/** SQL assignments an event makes to its custody's row; its values are numbered from $3. */
interface RowChange {
  readonly set: string;
  readonly values?: readonly unknown[];
}

/**
 * The custody list facilities and monitors filter: one row per custody, written in the same
 * transaction as the events, so a list read right after a POST shows it.
 */
export async function projectCustodyList(sql: Sql, appended: readonly EventEnvelope[]): Promise<void> {
  for (const envelope of appended) {
    const event = { type: envelope.type, data: envelope.data } as PrisonEvent;
    if (event.type === 'PersonAdmitted') {
      const d = event.data;
      await sql.query(
        `INSERT INTO prison.custody_list (custody_id, person_id, facility_id, admitted_at, legal_status, nationality, status, version)
         VALUES ($1, $2, $3, $4, $5, $6, 'held', $7)`,
        [d.custodyId, d.personId, d.facilityId, d.admittedAt, d.legalStatus, d.nationality, envelope.streamPosition],
      );
      continue;
    }
    const change = rowChange(event);
    await sql.query(`UPDATE prison.custody_list SET version = $2${change ? `, ${change.set}` : ''} WHERE custody_id = $1`, [
      event.data.custodyId,
      envelope.streamPosition,
      ...(change?.values ?? []),
    ]);
  }
}

function rowChange(event: Exclude<PrisonEvent, { type: 'PersonAdmitted' }>): RowChange | null {
  switch (event.type) {
    case 'ChildAdmittedWithParent':
    case 'ChildBornInCustody':
      return { set: 'children_in_prison = children_in_prison + 1' };
    case 'ChildLeftPrison':
      return { set: 'children_in_prison = children_in_prison - 1' };
    case 'PrisonerTransferred':
      return { set: 'facility_id = $3', values: [event.data.toFacilityId] };
    case 'HomeLeaveGranted':
      return { set: `status = 'on-home-leave'` };
    case 'ReturnedFromHomeLeave':
      return { set: `status = 'held'` };
    case 'PersonReleased':
      // Her children living in prison leave with her.
      return { set: `status = 'released', children_in_prison = 0` };
    case 'ChildrenRecordedAtAdmission':
    case 'ChildAssessed':
    case 'PregnancyRecorded':
    case 'VisitTookPlace':
    case 'PhoneCallMade':
    case 'FamilyNotified':
    case 'MedicalEventRecorded':
    case 'ChildMedicalEventRecorded':
    case 'ParentToldOfChildMedicalEvent':
    case 'ReleaseScheduled':
    case 'ConsularContactRecorded':
    case 'DisciplinarySanctionImposed':
      return null;
    default: {
      const _exhaustive: never = event;
      return null;
    }
  }
}
