import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamCommands } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { recordChildDeparture } from './record-child-departure.decision';
import type { RecordChildDepartureDto } from './record-child-departure.dto';

export class RecordChildDepartureCommand extends CustodyCommand<RecordChildDepartureDto> {
  constructor(
    custodyId: string,
    readonly childId: string,
    body: RecordChildDepartureDto,
    context: CommandContext,
  ) {
    super(custodyId, body, context);
  }
}

@CommandHandler(RecordChildDepartureCommand)
export class RecordChildDepartureHandler implements ICommandHandler<RecordChildDepartureCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: RecordChildDepartureCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body, childId } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: recordChildDeparture,
      command: {
        departure: { custodyId, childId, leftAt: new Date(body.leftAt).toISOString(), toWhom: body.toWhom, reason: body.reason },
      },
    });
  }
}
