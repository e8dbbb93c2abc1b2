import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { grantHomeLeave } from './grant-home-leave.decision';
import type { GrantHomeLeaveDto } from './grant-home-leave.dto';

export class GrantHomeLeaveCommand extends CustodyCommand<GrantHomeLeaveDto> {}

@CommandHandler(GrantHomeLeaveCommand)
export class GrantHomeLeaveHandler extends StreamChangeHandler<GrantHomeLeaveCommand> {
  execute(command: GrantHomeLeaveCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, grantHomeLeave, {
      leave: {
        custodyId,
        grantedAt: new Date(body.grantedAt).toISOString(),
        leaveFrom: new Date(body.leaveFrom).toISOString(),
        leaveUntil: new Date(body.leaveUntil).toISOString(),
      },
    });
  }
}
