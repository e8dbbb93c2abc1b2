import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Database } from '@safeguard/event-store';
import { ListQuery, pagedQuery } from '@safeguard/platform';
import type { ArrestPage, ListArrestsFilter } from './list-arrests.dto';

export class ListArrestsQuery extends ListQuery<ListArrestsFilter, ArrestPage> {}

/** The arrest list, newest first; a unit whose scope is its own sees its own arrests only. */
@QueryHandler(ListArrestsQuery)
export class ListArrestsHandler implements IQueryHandler<ListArrestsQuery> {
  constructor(@Inject(Database) private readonly db: Database) {}

  execute({ filter, principal }: ListArrestsQuery): Promise<ArrestPage> {
    return pagedQuery(this.db, {
      table: 'arrest.arrest_list',
      filters: [
        ['status = $', filter.status],
        ['province = $', filter.province],
        ['person_id = $', filter.personId],
        ['dependants_asked = $', filter.dependantsAsked],
        ['arrested_at >= $', filter.arrestedFrom],
        ['arrested_at < $', filter.arrestedTo],
        ['unit_id = $', principal.scope === 'own-unit' ? principal.unitId : undefined],
      ],
      orderBy: 'arrested_at DESC, arrest_id',
      limit: filter.limit ?? 50,
      offset: filter.offset ?? 0,
      toItem: (r) => ({
        arrestId: String(r.arrest_id),
        personId: String(r.person_id),
        personName: String(r.person_name),
        unitId: String(r.unit_id),
        province: String(r.province),
        homeProvince: String(r.home_province),
        arrestedAt: new Date(r.arrested_at as string).toISOString(),
        status: String(r.status),
        dependantsAsked: Boolean(r.dependants_asked),
        version: Number(r.version),
      }),
    });
  }
}
