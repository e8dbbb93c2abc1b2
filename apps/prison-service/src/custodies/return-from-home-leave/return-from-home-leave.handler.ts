import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { returnFromHomeLeave } from './return-from-home-leave.decision';
import type { ReturnFromHomeLeaveDto } from './return-from-home-leave.dto';

export class ReturnFromHomeLeaveCommand extends CustodyCommand<ReturnFromHomeLeaveDto> {}

@CommandHandler(ReturnFromHomeLeaveCommand)
export class ReturnFromHomeLeaveHandler implements ICommandHandler<ReturnFromHomeLeaveCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ReturnFromHomeLeaveCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: returnFromHomeLeave,
      command: { homecoming: { custodyId, returnedAt: new Date(body.returnedAt).toISOString() } },
    });
  }
}
