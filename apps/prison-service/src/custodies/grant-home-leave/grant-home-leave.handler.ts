import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { grantHomeLeave } from './grant-home-leave.decision';
import type { GrantHomeLeaveDto } from './grant-home-leave.dto';

export class GrantHomeLeaveCommand extends CustodyCommand<GrantHomeLeaveDto> {}

@CommandHandler(GrantHomeLeaveCommand)
export class GrantHomeLeaveHandler implements ICommandHandler<GrantHomeLeaveCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: GrantHomeLeaveCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: grantHomeLeave,
      command: {
        leave: {
          custodyId,
          grantedAt: new Date(body.grantedAt).toISOString(),
          leaveFrom: new Date(body.leaveFrom).toISOString(),
          leaveUntil: new Date(body.leaveUntil).toISOString(),
        },
      },
    });
  }
}
