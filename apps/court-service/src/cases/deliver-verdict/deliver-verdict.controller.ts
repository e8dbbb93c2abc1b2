import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CaseChange, CaseId, CasesController } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { DeliverVerdictDto } from './deliver-verdict.dto';
import { DeliverVerdictCommand } from './deliver-verdict.handler';

@CasesController('cases/:caseId/verdicts')
export class DeliverVerdictController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange(
    {
      summary: 'Record the trial court’s verdict',
      description: 'One finding, convicted or acquitted, on every charge of the case. A case is judged once.',
    },
    { allow: ['judge'] },
  )
  deliver(@CaseId() caseId: string, @Body() body: DeliverVerdictDto, @WriteContext() context: CommandContext): Promise<CaseRecordedDto> {
    return this.bus.execute(new DeliverVerdictCommand(caseId, body, context));
  }
}
