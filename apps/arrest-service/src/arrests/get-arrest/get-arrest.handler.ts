import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventEnvelope } from '@safeguard/contracts';
import { historyOf, StreamQuery, StreamReads } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { arrestNotFound } from '../arrest-visibility';
import { arrestRecordView, type ArrestRecordView } from './arrest-record.view';

export interface ArrestHistory {
  readonly arrestId: string;
  readonly events: readonly EventEnvelope[];
}

export class GetArrestQuery extends StreamQuery<ArrestRecordView> {}
export class GetArrestHistoryQuery extends StreamQuery<ArrestHistory> {}

@QueryHandler(GetArrestQuery)
export class GetArrestHandler implements IQueryHandler<GetArrestQuery> {
  constructor(@Inject(StreamReads) private readonly reads: StreamReads) {}

  execute({ id, principal }: GetArrestQuery): Promise<ArrestRecordView> {
    return this.reads.view(arrestStreamId(id), principal, arrestRecordView, () => arrestNotFound(id));
  }
}

@QueryHandler(GetArrestHistoryQuery)
export class GetArrestHistoryHandler implements IQueryHandler<GetArrestHistoryQuery> {
  constructor(@Inject(StreamReads) private readonly reads: StreamReads) {}

  execute({ id, principal }: GetArrestHistoryQuery): Promise<ArrestHistory> {
    return this.reads.view(arrestStreamId(id), principal, historyOf('arrestId', id), () => arrestNotFound(id));
  }
}
