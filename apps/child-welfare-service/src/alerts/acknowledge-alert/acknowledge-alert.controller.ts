import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { AlertChangedDto } from '../alert-changed.dto';
import { recordAlertChange } from '../record-alert-change';
import { AcknowledgeAlertDto } from './acknowledge-alert.dto';

@ApiTags('alerts')
@Controller('alerts/:alertId/acknowledgement')
export class AcknowledgeAlertController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'alertId' })
  @HttpCode(201)
  @Allow('oversight-monitor', 'child-welfare-officer')
  @ApiOperation({
    summary: 'Take an alert on, with a note of what is being done',
    description:
      'Records AlertAcknowledged by the caller; the alert stays unresolved. 404 ALERT.NOT_FOUND; 422 ALERT.ALREADY_ACKNOWLEDGED ' +
      '(once only: the problem names who has it) or ALERT.ALREADY_RESOLVED.',
  })
  @WriteHeaders('alert')
  @ApiCreatedResponse({ type: AlertChangedDto })
  async acknowledge(
    @Param('alertId', ParseUUIDPipe) alertId: string,
    @Body() body: AcknowledgeAlertDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AlertChangedDto> {
    return recordAlertChange(
      this.commands,
      { alertId, command: { type: 'AcknowledgeAlert', alertId, acknowledgedBy: principal.userId, note: body.note, now: this.clock.now() }, status: 'acknowledged', context },
      response,
    );
  }
}
