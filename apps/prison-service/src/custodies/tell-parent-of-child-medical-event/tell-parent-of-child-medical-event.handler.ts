import { CommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamChangeHandler, toIsoInstant } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
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
export class TellParentOfChildMedicalEventHandler extends StreamChangeHandler<TellParentOfChildMedicalEventCommand> {
  execute(command: TellParentOfChildMedicalEventCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body, medicalEventId } = command;
    return this.record(command, tellParentOfChildMedicalEvent, {
      told: { custodyId, medicalEventId, toldAt: toIsoInstant(body.toldAt), toldBy: body.toldBy },
    });
  }
}
