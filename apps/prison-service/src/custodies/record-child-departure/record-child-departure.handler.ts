import { CommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamChangeHandler } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
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
export class RecordChildDepartureHandler extends StreamChangeHandler<RecordChildDepartureCommand> {
  execute(command: RecordChildDepartureCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body, childId } = command;
    return this.record(command, recordChildDeparture, {
      departure: { custodyId, childId, leftAt: new Date(body.leftAt).toISOString(), toWhom: body.toWhom, reason: body.reason },
    });
  }
}
