import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventEnvelope } from '@safeguard/contracts';
import { historyOf, StreamQuery, StreamReads } from '@safeguard/platform';
import { caseStreamId } from '../case.state';
import { caseNotFound } from '../case-visibility';
import { caseRecordView, type CaseRecordView } from './case-record.view';

export interface CaseHistory {
  readonly caseId: string;
  readonly events: readonly EventEnvelope[];
}

export class GetCaseQuery extends StreamQuery<CaseRecordView> {}
export class GetCaseHistoryQuery extends StreamQuery<CaseHistory> {}

@QueryHandler(GetCaseQuery)
export class GetCaseHandler implements IQueryHandler<GetCaseQuery> {
  constructor(@Inject(StreamReads) private readonly reads: StreamReads) {}

  execute({ id, principal }: GetCaseQuery): Promise<CaseRecordView> {
    return this.reads.view(caseStreamId(id), principal, caseRecordView, () => caseNotFound(id));
  }
}

@QueryHandler(GetCaseHistoryQuery)
export class GetCaseHistoryHandler implements IQueryHandler<GetCaseHistoryQuery> {
  constructor(@Inject(StreamReads) private readonly reads: StreamReads) {}

  execute({ id, principal }: GetCaseHistoryQuery): Promise<CaseHistory> {
    return this.reads.view(caseStreamId(id), principal, historyOf('caseId', id), () => caseNotFound(id));
  }
}
