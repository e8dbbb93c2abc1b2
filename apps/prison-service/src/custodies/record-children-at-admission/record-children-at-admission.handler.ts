import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { recordChildrenAtAdmission } from './record-children-at-admission.decision';
import type { RecordChildrenAtAdmissionDto } from './record-children-at-admission.dto';

export class RecordChildrenAtAdmissionCommand extends CustodyCommand<RecordChildrenAtAdmissionDto> {}

@CommandHandler(RecordChildrenAtAdmissionCommand)
export class RecordChildrenAtAdmissionHandler extends StreamChangeHandler<RecordChildrenAtAdmissionCommand> {
  execute(command: RecordChildrenAtAdmissionCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, recordChildrenAtAdmission, {
      record: {
        custodyId,
        recordedAt: new Date(body.recordedAt).toISOString(),
        answer: body.answer,
        numberOfChildren: body.numberOfChildren ?? null,
        consentToRecordDetails: body.consentToRecordDetails,
        children: body.children.map((c) => ({
          childId: c.childId ?? randomUUID(),
          name: c.name ?? null,
          sex: c.sex ?? null,
          detailsWithheld: c.detailsWithheld ?? null,
          birthYear: c.birthYear ?? null,
          dateOfBirth: c.dateOfBirth ?? null,
          ageYears: c.ageYears ?? null,
          livesWhere: c.livesWhere ?? null,
          custodyStatus: c.custodyStatus,
        })),
      },
    });
  }
}
