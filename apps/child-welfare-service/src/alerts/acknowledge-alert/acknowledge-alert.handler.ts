import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import type { AlertChangedDto } from '../alert-changed.dto';
import { AlertChangeCommand } from '../alert-use-case';
import { alertDecider } from '../alert.decider';
import type { AcknowledgeAlertDto } from './acknowledge-alert.dto';

export class AcknowledgeAlertCommand extends AlertChangeCommand<AcknowledgeAlertDto> {
  readonly status = 'acknowledged';
}

@CommandHandler(AcknowledgeAlertCommand)
export class AcknowledgeAlertHandler extends StreamChangeHandler<AcknowledgeAlertCommand> {
  execute(command: AcknowledgeAlertCommand): Promise<AlertChangedDto> {
    const { alertId, body, context } = command;
    return this.record(command, alertDecider, { type: 'AcknowledgeAlert', alertId, acknowledgedBy: context.principal.userId, note: body.note });
  }
}
