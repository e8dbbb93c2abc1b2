import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamCommands, toIsoInstant } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { tellParentOfChildMedicalEvent } from './tell-parent-of-child-medical-event.decision';
import type { TellParentOfChildMedicalEventDto } from './tell-parent-of-child-medical-event.dto';

export class TellParentOfChildMedicalEventCommand extends CustodyCommand<TellParentOfChildMedicalEventDto> {
  constructor(
    custodyId: string,
    readonly medicalEventId: string,
    body: TellParentOfChildMedicalEventDto,
    context: CommandContext,
  ) {
    super(custodyId, body, context);
  }
}

@CommandHandler(TellParentOfChildMedicalEventCommand)
export class TellParentOfChildMedicalEventHandler implements ICommandHandler<TellParentOfChildMedicalEventCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: TellParentOfChildMedicalEventCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body, medicalEventId } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: tellParentOfChildMedicalEvent,
      command: { told: { custodyId, medicalEventId, toldAt: toIsoInstant(body.toldAt), toldBy: body.toldBy } },
    });
  }
}
