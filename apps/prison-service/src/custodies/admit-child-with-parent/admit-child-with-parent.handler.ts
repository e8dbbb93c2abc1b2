import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { ChildRecordedDto } from '../custody-recorded.dto';
import { admitChildWithParent } from './admit-child-with-parent.decision';
import type { AdmitChildWithParentDto } from './admit-child-with-parent.dto';

export class AdmitChildWithParentCommand extends CustodyCommand<AdmitChildWithParentDto, ChildRecordedDto> {}

@CommandHandler(AdmitChildWithParentCommand)
export class AdmitChildWithParentHandler implements ICommandHandler<AdmitChildWithParentCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: AdmitChildWithParentCommand): Promise<ChildRecordedDto> {
    const { custodyId, body } = command;
    const childId = body.childId ?? randomUUID();
    return this.commands.record({
      ...onCustodyStream(command, { childId }),
      decider: admitChildWithParent,
      command: {
        child: { custodyId, childId, admittedAt: new Date(body.admittedAt).toISOString(), dateOfBirth: body.dateOfBirth, reason: body.reason },
      },
    });
  }
}
