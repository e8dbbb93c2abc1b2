import type { ArrestEvent, EventEnvelope } from '@safeguard/contracts';
import type { Sql } from '@safeguard/event-store';

/**
 * The arrest list police and monitors filter: one row per arrest, written in the same
 * transaction as the events, so a list read right after a POST shows it.
 */
export async function projectArrestList(sql: Sql, appended: readonly EventEnvelope[]): Promise<void> {
  for (const envelope of appended) {
    const change = rowChange({ type: envelope.type, data: envelope.data } as ArrestEvent);
    if (change === 'insert') {
      const d = envelope.data as Extract<ArrestEvent, { type: 'ArrestMade' }>['data'];
      await sql.query(
        `INSERT INTO arrest.arrest_list (arrest_id, person_id, person_name, unit_id, province, home_province, arrested_at, status, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'arrested', $8)`,
        [
          d.arrestId,
          d.person.personId,
          d.person.name,
          d.arrestingUnit.unitId,
          d.province,
          d.person.homeProvince,
          d.arrestedAt,
          envelope.streamPosition,
        ],
      );
      continue;
    }
    const arrestId = (envelope.data as { arrestId: string }).arrestId;
    const sets = Object.entries(change);
    const assignments = sets.map(([column], i) => `${column} = $${i + 3}`);
    await sql.query(`UPDATE arrest.arrest_list SET version = $2${assignments.length ? ', ' + assignments.join(', ') : ''} WHERE arrest_id = $1`, [
      arrestId,
      envelope.streamPosition,
      ...sets.map(([, v]) => v),
    ]);
  }
}

type Columns = Partial<Record<'status' | 'dependants_asked' | 'person_name' | 'province' | 'home_province', string | boolean>>;

function rowChange(event: ArrestEvent): 'insert' | Columns {
  switch (event.type) {
    case 'ArrestMade':
      return 'insert';
    case 'DependantsScreeningRecorded':
      return { dependants_asked: true };
    case 'TakenIntoPoliceCustody':
      return { status: 'in-police-custody' };
    case 'ReleasedWithoutCharge':
    case 'ReleasedOnPoliceBail':
    case 'ReleasedOnJudicialOrder':
      return { status: 'released' };
    case 'TransferredToPrison':
      return { status: 'transferred-to-prison' };
    case 'ArrestRecordCorrected': {
      const column = ({ 'person.name': 'person_name', province: 'province', 'person.homeProvince': 'home_province' } as const)[
        event.data.field as string
      ];
      return column ? { [column]: String(event.data.correctedValue) } : {};
    }
    case 'CareArrangementMade':
    case 'FamilyContactGiven':
    case 'ChildGivenExplanation':
    case 'BroughtBeforeJudicialAuthority':
    case 'PoliceCustodyExtended':
    case 'ConsularContactOffered':
    case 'CaseFileHandedToProsecutor':
      return {};
    default: {
      const _exhaustive: never = event;
      return {};
    }
  }
}
