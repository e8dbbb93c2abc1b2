import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { returnFromHomeLeave } from './return-from-home-leave.decision';
import type { ReturnFromHomeLeaveDto } from './return-from-home-leave.dto';

export class ReturnFromHomeLeaveCommand extends CustodyCommand<ReturnFromHomeLeaveDto> {}

@CommandHandler(ReturnFromHomeLeaveCommand)
export class ReturnFromHomeLeaveHandler extends StreamChangeHandler<ReturnFromHomeLeaveCommand> {
  execute(command: ReturnFromHomeLeaveCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, returnFromHomeLeave, { homecoming: { custodyId, returnedAt: new Date(body.returnedAt).toISOString() } });
  }
}
