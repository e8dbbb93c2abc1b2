import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Database, jsonColumn } from '@safeguard/event-store';
import { ListQuery, pagedQuery } from '@safeguard/platform';
import type { CasePage, ListCasesFilter } from './list-cases.dto';

export class ListCasesQuery extends ListQuery<ListCasesFilter, CasePage> {}

/** The case list, newest first; a court whose scope is its own sees the cases it opened only. */
@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery> {
  constructor(@Inject(Database) private readonly db: Database) {}

  execute({ filter, principal }: ListCasesQuery): Promise<CasePage> {
    const iso = (v: unknown) => (v === null ? null : new Date(v as string).toISOString());
    return pagedQuery(this.db, {
      table: 'court.case_list',
      filters: [
        ['stage = $', filter.stage],
        ['pretrial_outcome = $', filter.pretrialOutcome],
        ['person_id = $', filter.personId],
        ['opened_at >= $', filter.openedFrom],
        ['opened_at < $', filter.openedTo],
        ['court_unit_id = $', principal.scope === 'own-unit' ? principal.unitId : undefined],
      ],
      orderBy: 'opened_at DESC, case_id',
      limit: filter.limit ?? 50,
      offset: filter.offset ?? 0,
      toItem: (r) => ({
        caseId: String(r.case_id),
        caseReference: String(r.case_reference),
        personId: String(r.person_id),
        arrestIds: jsonColumn<string[]>(r.arrest_ids),
        openedAt: new Date(r.opened_at as string).toISOString(),
        stage: String(r.stage),
        pretrialOutcome: (r.pretrial_outcome as string | null) ?? null,
        represented: (r.represented as boolean | null) ?? null,
        nextHearingAt: iso(r.next_hearing_at),
        version: Number(r.version),
      }),
    });
  }
}
