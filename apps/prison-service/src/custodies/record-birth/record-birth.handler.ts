import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CustodyCommand } from '../custody-use-case';
import type { ChildRecordedDto } from '../custody-recorded.dto';
import { recordBirth } from './record-birth.decision';
import type { RecordBirthDto } from './record-birth.dto';

export class RecordBirthCommand extends CustodyCommand<RecordBirthDto, ChildRecordedDto> {}

@CommandHandler(RecordBirthCommand)
export class RecordBirthHandler extends StreamChangeHandler<RecordBirthCommand> {
  execute(command: RecordBirthCommand): Promise<ChildRecordedDto> {
    const { custodyId, body } = command;
    const childId = body.childId ?? randomUUID();
    return this.record(
      command,
      recordBirth,
      { birth: { custodyId, childId, bornAt: new Date(body.bornAt).toISOString(), sex: body.sex } },
      { childId },
    );
  }
}
