import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import type { AlertChangedDto } from '../alert-changed.dto';
import { AlertChangeCommand, onAlertStream } from '../alert-use-case';
import { alertDecider } from '../alert.decider';
import type { AcknowledgeAlertDto } from './acknowledge-alert.dto';

export class AcknowledgeAlertCommand extends AlertChangeCommand<AcknowledgeAlertDto> {}

@CommandHandler(AcknowledgeAlertCommand)
export class AcknowledgeAlertHandler implements ICommandHandler<AcknowledgeAlertCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: AcknowledgeAlertCommand): Promise<AlertChangedDto> {
    const { alertId, body, context } = command;
    return this.commands.record({
      ...onAlertStream(command, 'acknowledged'),
      decider: alertDecider,
      command: { type: 'AcknowledgeAlert', alertId, acknowledgedBy: context.principal.userId, note: body.note },
    });
  }
}
