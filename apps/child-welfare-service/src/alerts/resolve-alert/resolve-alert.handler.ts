import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import type { AlertChangedDto } from '../alert-changed.dto';
import { AlertChangeCommand, onAlertStream } from '../alert-use-case';
import { alertDecider } from '../alert.decider';
import type { ResolveAlertDto } from './resolve-alert.dto';

export class ResolveAlertCommand extends AlertChangeCommand<ResolveAlertDto> {}

@CommandHandler(ResolveAlertCommand)
export class ResolveAlertHandler implements ICommandHandler<ResolveAlertCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ResolveAlertCommand): Promise<AlertChangedDto> {
    const { alertId, body, context } = command;
    return this.commands.record({
      ...onAlertStream(command, 'resolved'),
      decider: alertDecider,
      command: { type: 'ResolveAlertByMonitor', alertId, resolvedBy: context.principal.userId, reason: body.reason },
    });
  }
}
