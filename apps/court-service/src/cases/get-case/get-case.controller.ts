import { Controller, Get, Inject, Param, ParseUUIDPipe, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { EventEnvelope } from '@safeguard/contracts';
import { Allow } from '@safeguard/auth';
import { NotFound } from '@safeguard/domain';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged } from '@safeguard/platform';
import { caseStreamId } from '../case.state';
import { caseRecordView, type CaseRecordView } from './case-record.view';
import { CaseVisibleToCourt } from '../case-visibility';

@ApiTags('cases')
@UseGuards(CaseVisibleToCourt)
@Controller('cases/:caseId')
export class GetCaseController {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  @Get()
  @AccessLogged('read', { record: 'caseId' })
  @Allow('court-clerk', 'judge', 'oversight-monitor')
  @ApiOperation({ summary: 'The case record with every fact recorded on it, from opening to closing; ETag is its version' })
  @ApiOkResponse({ description: 'The case record' })
  async get(@Param('caseId', ParseUUIDPipe) caseId: string, @Res({ passthrough: true }) response: Response): Promise<CaseRecordView> {
    const view = caseRecordView(await this.events(caseId));
    if (!view) throw caseNotFound(caseId);
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Get('history')
  @AccessLogged('read', { record: 'caseId' })
  @Allow('court-clerk', 'judge', 'oversight-monitor')
  @ApiOperation({ summary: 'Every event on the case, oldest first, with who recorded it and when' })
  async history(@Param('caseId', ParseUUIDPipe) caseId: string): Promise<{ caseId: string; events: readonly EventEnvelope[] }> {
    const events = await this.events(caseId);
    if (events.length === 0) throw caseNotFound(caseId);
    return { caseId, events };
  }

  private async events(caseId: string): Promise<readonly EventEnvelope[]> {
    return (await this.store.readStream(caseStreamId(caseId))).events;
  }
}

function caseNotFound(caseId: string): NotFound {
  return new NotFound('CASE.NOT_FOUND', `no case ${caseId}`);
}
