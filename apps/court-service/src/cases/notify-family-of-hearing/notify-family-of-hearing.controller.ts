import { Body, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CaseChange, CaseId, CasesController } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { NotifyFamilyOfHearingDto } from './notify-family-of-hearing.dto';
import { NotifyFamilyOfHearingCommand } from './notify-family-of-hearing.handler';

@CasesController('cases/:caseId/hearings/:hearingId/family-notifications')
export class NotifyFamilyOfHearingController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange({
    summary: 'Record that her family was told of a hearing',
    description: 'Who was told, when and how; the hearing must be scheduled in this case.',
  })
  record(
    @CaseId() caseId: string,
    @Param('hearingId', ParseUUIDPipe) hearingId: string,
    @Body() body: NotifyFamilyOfHearingDto,
    @WriteContext() context: CommandContext,
  ): Promise<CaseRecordedDto> {
    return this.bus.execute(new NotifyFamilyOfHearingCommand(caseId, hearingId, body, context));
  }
}
