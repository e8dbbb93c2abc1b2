import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CustodyCommand } from '../custody-use-case';
import type { ChildRecordedDto } from '../custody-recorded.dto';
import { admitChildWithParent } from './admit-child-with-parent.decision';
import type { AdmitChildWithParentDto } from './admit-child-with-parent.dto';

export class AdmitChildWithParentCommand extends CustodyCommand<AdmitChildWithParentDto, ChildRecordedDto> {}

@CommandHandler(AdmitChildWithParentCommand)
export class AdmitChildWithParentHandler extends StreamChangeHandler<AdmitChildWithParentCommand> {
  execute(command: AdmitChildWithParentCommand): Promise<ChildRecordedDto> {
    const { custodyId, body } = command;
    const childId = body.childId ?? randomUUID();
    return this.record(
      command,
      admitChildWithParent,
      {
        child: { custodyId, childId, admittedAt: new Date(body.admittedAt).toISOString(), dateOfBirth: body.dateOfBirth, reason: body.reason },
      },
      { childId },
    );
  }
}
