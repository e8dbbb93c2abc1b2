import { Body, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CaseChange, CaseId, CasesController } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { DecideAppealDto } from './decide-appeal.dto';
import { DecideAppealCommand } from './decide-appeal.handler';

@CasesController('cases/:caseId/appeals/:appealId/decisions')
export class DecideAppealController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange(
    { summary: 'Record the appeal court’s decision', description: 'Once per appeal. A changed sentence gives its new prison term.' },
    { allow: ['judge'] },
  )
  decide(
    @CaseId() caseId: string,
    @Param('appealId', ParseUUIDPipe) appealId: string,
    @Body() body: DecideAppealDto,
    @WriteContext() context: CommandContext,
  ): Promise<CaseRecordedDto> {
    return this.bus.execute(new DecideAppealCommand(caseId, appealId, body, context));
  }
}
