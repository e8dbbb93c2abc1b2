import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CaseChange, CaseId, CasesController } from '../case-use-case';
import { ScheduleHearingDto, HearingScheduledDto } from './schedule-hearing.dto';
import { ScheduleHearingCommand } from './schedule-hearing.handler';

@CasesController('cases/:caseId/hearings')
export class ScheduleHearingController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange(
    {
      summary: 'Schedule a hearing',
      description:
        'Families in the field report often learnt of no hearing: each one scheduled here can be followed by a family notification. Say when the court set it (scheduledAt); without it the time of receipt is recorded, labelled so.',
    },
    { answer: HearingScheduledDto },
  )
  schedule(@CaseId() caseId: string, @Body() body: ScheduleHearingDto, @WriteContext() context: CommandContext): Promise<HearingScheduledDto> {
    return this.bus.execute(new ScheduleHearingCommand(caseId, body, context));
  }
}
