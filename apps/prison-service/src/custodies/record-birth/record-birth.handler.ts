import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { ChildRecordedDto } from '../custody-recorded.dto';
import { recordBirth } from './record-birth.decision';
import type { RecordBirthDto } from './record-birth.dto';

export class RecordBirthCommand extends CustodyCommand<RecordBirthDto, ChildRecordedDto> {}

@CommandHandler(RecordBirthCommand)
export class RecordBirthHandler implements ICommandHandler<RecordBirthCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: RecordBirthCommand): Promise<ChildRecordedDto> {
    const { custodyId, body } = command;
    const childId = body.childId ?? randomUUID();
    return this.commands.record({
      ...onCustodyStream(command, { childId }),
      decider: recordBirth,
      command: { birth: { custodyId, childId, bornAt: new Date(body.bornAt).toISOString(), sex: body.sex } },
    });
  }
}
