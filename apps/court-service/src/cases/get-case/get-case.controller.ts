import { Get, Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { CaseId, CasesController } from '../case-use-case';
import type { CaseRecordView } from './case-record.view';
import { type CaseHistory, GetCaseHistoryQuery, GetCaseQuery } from './get-case.handler';

@CasesController('cases/:caseId')
@Allow('court-clerk', 'judge', 'oversight-monitor')
export class GetCaseController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @AccessLogged('read', { record: 'caseId' })
  @ApiOperation({ summary: 'The case record with every fact recorded on it, from opening to closing; ETag is its version' })
  @ApiOkResponse({ description: 'The case record' })
  get(@CaseId() caseId: string, @CurrentPrincipal() principal: Principal): Promise<CaseRecordView> {
    return this.bus.execute(new GetCaseQuery(caseId, principal));
  }

  @Get('history')
  @AccessLogged('read', { record: 'caseId' })
  @ApiOperation({ summary: 'Every event on the case, oldest first, with who recorded it and when' })
  history(@CaseId() caseId: string, @CurrentPrincipal() principal: Principal): Promise<CaseHistory> {
    return this.bus.execute(new GetCaseHistoryQuery(caseId, principal));
  }
}
