import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { recordChildrenAtAdmission } from './record-children-at-admission.decision';
import type { RecordChildrenAtAdmissionDto } from './record-children-at-admission.dto';

export class RecordChildrenAtAdmissionCommand extends CustodyCommand<RecordChildrenAtAdmissionDto> {}

@CommandHandler(RecordChildrenAtAdmissionCommand)
export class RecordChildrenAtAdmissionHandler implements ICommandHandler<RecordChildrenAtAdmissionCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: RecordChildrenAtAdmissionCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: recordChildrenAtAdmission,
      command: {
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
      },
    });
  }
}
