import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { recordPhoneCall } from './record-phone-call.decision';
import type { RecordPhoneCallDto } from './record-phone-call.dto';

export class RecordPhoneCallCommand extends CustodyCommand<RecordPhoneCallDto> {}

@CommandHandler(RecordPhoneCallCommand)
export class RecordPhoneCallHandler extends StreamChangeHandler<RecordPhoneCallCommand> {
  execute(command: RecordPhoneCallCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, recordPhoneCall, {
      call: {
        custodyId,
        calledAt: new Date(body.calledAt).toISOString(),
        withWhom: body.withWhom,
        childIds: body.childIds,
        durationMinutes: body.durationMinutes,
        cost: body.cost ? { amount: body.cost.amount, currency: body.cost.currency } : null,
      },
    });
  }
}
