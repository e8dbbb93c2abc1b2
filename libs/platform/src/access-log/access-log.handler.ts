import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidInput } from '@safeguard/domain';
import { AccessLog } from './access-log';
import type { AccessLogPage, AccessLogQuery } from './access-log.dto';

export class ListAccessEntries extends Query<AccessLogPage> {
  constructor(readonly query: AccessLogQuery) {
    super();
  }
}

/** The entries about one child, parent or record: the log is always read about someone. */
@QueryHandler(ListAccessEntries)
export class ListAccessEntriesHandler implements IQueryHandler<ListAccessEntries> {
  constructor(@Inject(AccessLog) private readonly log: AccessLog) {}

  execute({ query }: ListAccessEntries): Promise<AccessLogPage> {
    if (query.childId === undefined && query.personId === undefined && query.recordId === undefined) {
      throw new InvalidInput('REQUEST.INVALID', [
        { field: 'childId', message: 'name a childId, a personId or a recordId: the log is read about someone' },
      ]);
    }
    return this.log.list(
      { childIds: query.childId === undefined ? [] : [query.childId], personId: query.personId, recordId: query.recordId },
      query.limit ?? 50,
      query.offset ?? 0,
    );
  }
}
