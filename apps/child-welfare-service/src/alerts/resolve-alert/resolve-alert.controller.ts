import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { AlertChangedDto } from '../alert-changed.dto';
import { recordAlertChange } from '../record-alert-change';
import { ResolveAlertDto } from './resolve-alert.dto';

@ApiTags('alerts')
@Controller('alerts/:alertId/resolution')
export class ResolveAlertController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'alertId' })
  @HttpCode(201)
  @Allow('oversight-monitor', 'child-welfare-officer')
  @ApiOperation({
    summary: 'Close an open or acknowledged alert, with the reason',
    description:
      "Records AlertResolved with resolution 'resolved-by-monitor', the caller as resolvedBy and no lateness. " +
      '404 ALERT.NOT_FOUND; 422 ALERT.ALREADY_RESOLVED (by a person, or by the missing fact arriving late).',
  })
  @WriteHeaders('alert')
  @ApiCreatedResponse({ type: AlertChangedDto })
  async resolve(
    @Param('alertId', ParseUUIDPipe) alertId: string,
    @Body() body: ResolveAlertDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AlertChangedDto> {
    return recordAlertChange(
      this.commands,
      { alertId, command: { type: 'ResolveAlertByMonitor', alertId, resolvedBy: principal.userId, reason: body.reason, now: this.clock.now() }, status: 'resolved', context },
      response,
    );
  }
}
