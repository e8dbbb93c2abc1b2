import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import type { AlertChangedDto } from '../alert-changed.dto';
import { AlertChangeCommand } from '../alert-use-case';
import { alertDecider } from '../alert.decider';
import type { ResolveAlertDto } from './resolve-alert.dto';

export class ResolveAlertCommand extends AlertChangeCommand<ResolveAlertDto> {
  readonly status = 'resolved';
}

@CommandHandler(ResolveAlertCommand)
export class ResolveAlertHandler extends StreamChangeHandler<ResolveAlertCommand> {
  execute(command: ResolveAlertCommand): Promise<AlertChangedDto> {
    const { alertId, body, context } = command;
    return this.record(command, alertDecider, { type: 'ResolveAlertByMonitor', alertId, resolvedBy: context.principal.userId, reason: body.reason });
  }
}
