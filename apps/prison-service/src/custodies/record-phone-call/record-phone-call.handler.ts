import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { recordPhoneCall } from './record-phone-call.decision';
import type { RecordPhoneCallDto } from './record-phone-call.dto';

export class RecordPhoneCallCommand extends CustodyCommand<RecordPhoneCallDto> {}

@CommandHandler(RecordPhoneCallCommand)
export class RecordPhoneCallHandler implements ICommandHandler<RecordPhoneCallCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: RecordPhoneCallCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: recordPhoneCall,
      command: {
        call: {
          custodyId,
          calledAt: new Date(body.calledAt).toISOString(),
          withWhom: body.withWhom,
          childIds: body.childIds,
          durationMinutes: body.durationMinutes,
          cost: body.cost ? { amount: body.cost.amount, currency: body.cost.currency } : null,
        },
      },
    });
  }
}
