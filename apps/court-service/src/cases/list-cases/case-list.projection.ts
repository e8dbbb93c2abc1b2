import type { CourtEvent, EventEnvelope } from '@safeguard/contracts';
import type { Sql } from '@safeguard/event-store';

type Stage = 'investigation' | 'judged' | 'sentenced' | 'on-appeal' | 'closed';
type Columns = Partial<{ stage: Stage; pretrial_outcome: string; represented: boolean; next_hearing_at: string }>;

/** One row per case for the registry's list, written in the same transaction as the events. */
export async function projectCaseList(sql: Sql, appended: readonly EventEnvelope[]): Promise<void> {
  for (const envelope of appended) {
    const event = { type: envelope.type, data: envelope.data } as CourtEvent;
    if (event.type === 'CaseOpened') {
      const d = event.data;
      await sql.query(
        `INSERT INTO court.case_list (case_id, case_reference, person_id, arrest_ids, opened_at, stage, version, court_unit_id) VALUES ($1, $2, $3, $4, $5, 'investigation', $6, $7)`,
        // The court a case belongs to is the unit of the credential that opened it.
        [d.caseId, d.caseReference, d.personId, JSON.stringify(d.arrestIds), d.openedAt, envelope.streamPosition, envelope.actor.unitId],
      );
      continue;
    }
    const sets = Object.entries(columnsFor(event));
    await sql.query(`UPDATE court.case_list SET version = $2${sets.map(([c], i) => `, ${c} = $${i + 3}`).join('')} WHERE case_id = $1`, [
      event.data.caseId,
      envelope.streamPosition,
      ...sets.map(([, v]) => v),
    ]);
  }
}

function columnsFor(event: Exclude<CourtEvent, { type: 'CaseOpened' }>): Columns {
  switch (event.type) {
    case 'LegalRepresentationRecorded':
      return { represented: event.data.represented };
    case 'PretrialDecisionMade':
      return { pretrial_outcome: event.data.outcome };
    case 'HearingScheduled':
      // The list shows the latest scheduled hearing; the record keeps them all.
      return { next_hearing_at: event.data.hearingAt };
    case 'VerdictDelivered':
      return { stage: 'judged' };
    case 'SentenceImposed':
      return { stage: 'sentenced' };
    case 'AppealFiled':
      return { stage: 'on-appeal' };
    case 'CaseClosed':
      return { stage: 'closed' };
    case 'PretrialDetentionExtended':
    case 'FamilyNotifiedOfHearing':
    case 'AppealDecided':
    case 'ClemencyGranted':
      return {};
    default: {
      const _exhaustive: never = event;
      return {};
    }
  }
}
