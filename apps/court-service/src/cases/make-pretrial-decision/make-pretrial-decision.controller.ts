import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CaseChange, CaseId, CasesController } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { MakePretrialDecisionDto } from './make-pretrial-decision.dto';
import { MakePretrialDecisionCommand } from './make-pretrial-decision.handler';

@CasesController('cases/:caseId/pretrial-decisions')
export class MakePretrialDecisionController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange(
    {
      summary: 'Record the investigating judge’s decision on liberty before trial',
      description: 'Detention needs grounds (CCP art. 205), reasons, a term and an order reference. The deciding judge is the caller.',
    },
    { allow: ['judge'] },
  )
  decide(@CaseId() caseId: string, @Body() body: MakePretrialDecisionDto, @WriteContext() context: CommandContext): Promise<CaseRecordedDto> {
    return this.bus.execute(new MakePretrialDecisionCommand(caseId, body, context));
  }
}
