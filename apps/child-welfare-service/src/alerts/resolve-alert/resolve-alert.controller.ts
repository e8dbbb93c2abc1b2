import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import type { AlertChangedDto } from '../alert-changed.dto';
import { AlertChange, AlertId, AlertsController } from '../alert-use-case';
import { ResolveAlertDto } from './resolve-alert.dto';
import { ResolveAlertCommand } from './resolve-alert.handler';

@AlertsController('alerts/:alertId/resolution')
export class ResolveAlertController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AlertChange({
    summary: 'Close an open or acknowledged alert, with the reason',
    description:
      "Records AlertResolved with resolution 'resolved-by-monitor', the caller as resolvedBy and no lateness. " +
      '404 ALERT.NOT_FOUND; 422 ALERT.ALREADY_RESOLVED (by a person, or by the missing fact arriving late).',
  })
  resolve(@AlertId() alertId: string, @Body() body: ResolveAlertDto, @WriteContext() context: CommandContext): Promise<AlertChangedDto> {
    return this.bus.execute(new ResolveAlertCommand(alertId, body, context));
  }
}
