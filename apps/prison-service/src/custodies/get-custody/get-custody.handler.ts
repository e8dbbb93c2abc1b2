import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventEnvelope } from '@safeguard/contracts';
import { historyOf, StreamQuery, StreamReads } from '@safeguard/platform';
import { custodyStreamId } from '../custody.state';
import { custodyNotFound } from '../custody-visibility';
import { custodyRecordView, type CustodyRecordView } from './custody-record.view';

export interface CustodyHistory {
  readonly custodyId: string;
  readonly events: readonly EventEnvelope[];
}

export class GetCustodyQuery extends StreamQuery<CustodyRecordView> {}
export class GetCustodyHistoryQuery extends StreamQuery<CustodyHistory> {}

@QueryHandler(GetCustodyQuery)
export class GetCustodyHandler implements IQueryHandler<GetCustodyQuery> {
  constructor(@Inject(StreamReads) private readonly reads: StreamReads) {}

  execute({ id, principal }: GetCustodyQuery): Promise<CustodyRecordView> {
    return this.reads.view(custodyStreamId(id), principal, custodyRecordView, () => custodyNotFound(id));
  }
}

@QueryHandler(GetCustodyHistoryQuery)
export class GetCustodyHistoryHandler implements IQueryHandler<GetCustodyHistoryQuery> {
  constructor(@Inject(StreamReads) private readonly reads: StreamReads) {}

  execute({ id, principal }: GetCustodyHistoryQuery): Promise<CustodyHistory> {
    return this.reads.view(custodyStreamId(id), principal, historyOf('custodyId', id), () => custodyNotFound(id));
  }
}
