import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Database } from '@safeguard/event-store';
import { ListQuery, pagedQuery } from '@safeguard/platform';
import type { CustodyPage, ListCustodiesFilter } from './list-custodies.dto';

export class ListCustodiesQuery extends ListQuery<ListCustodiesFilter, CustodyPage> {}

/** The custody list, newest admission first; a facility whose scope is its own sees the custodies it holds now only. */
@QueryHandler(ListCustodiesQuery)
export class ListCustodiesHandler implements IQueryHandler<ListCustodiesQuery> {
  constructor(@Inject(Database) private readonly db: Database) {}

  execute({ filter, principal }: ListCustodiesQuery): Promise<CustodyPage> {
    return pagedQuery(this.db, {
      table: 'prison.custody_list',
      filters: [
        ['status = $', filter.status],
        ['legal_status = $', filter.legalStatus],
        ['(children_in_prison > 0) = $', filter.hasChildrenInPrison],
        ['facility_id = $', filter.facilityId],
        ['person_id = $', filter.personId],
        ['admitted_at >= $', filter.admittedFrom],
        ['admitted_at < $', filter.admittedTo],
        ['facility_id = $', principal.scope === 'own-unit' ? principal.unitId : undefined],
      ],
      orderBy: 'admitted_at DESC, custody_id',
      limit: filter.limit ?? 50,
      offset: filter.offset ?? 0,
      toItem: (r) => ({
        custodyId: String(r.custody_id),
        personId: String(r.person_id),
        facilityId: String(r.facility_id),
        admittedAt: new Date(r.admitted_at as string).toISOString(),
        legalStatus: String(r.legal_status),
        nationality: String(r.nationality),
        status: String(r.status),
        childrenInPrison: Number(r.children_in_prison),
        version: Number(r.version),
      }),
    });
  }
}
