import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import type { AlertChangedDto } from '../alert-changed.dto';
import { AlertChange, AlertId, AlertsController } from '../alert-use-case';
import { AcknowledgeAlertDto } from './acknowledge-alert.dto';
import { AcknowledgeAlertCommand } from './acknowledge-alert.handler';

@AlertsController('alerts/:alertId/acknowledgement')
export class AcknowledgeAlertController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AlertChange({
    summary: 'Take an alert on, with a note of what is being done',
    description:
      'Records AlertAcknowledged by the caller; the alert stays unresolved. 404 ALERT.NOT_FOUND; 422 ALERT.ALREADY_ACKNOWLEDGED ' +
      '(once only: the problem names who has it) or ALERT.ALREADY_RESOLVED.',
  })
  acknowledge(@AlertId() alertId: string, @Body() body: AcknowledgeAlertDto, @WriteContext() context: CommandContext): Promise<AlertChangedDto> {
    return this.bus.execute(new AcknowledgeAlertCommand(alertId, body, context));
  }
}
