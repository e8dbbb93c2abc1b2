import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CaseChange, CaseId, CasesController } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { GrantClemencyDto } from './grant-clemency.dto';
import { GrantClemencyCommand } from './grant-clemency.handler';

@CasesController('cases/:caseId/clemency')
export class GrantClemencyController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange({
    summary: 'Record a pardon, an amnesty or a sentence reduction',
    description:
      'Only once a sentence is imposed. A reduction gives the months it takes off. It takes effect when granted unless effectiveAt names a later date.',
  })
  grant(@CaseId() caseId: string, @Body() body: GrantClemencyDto, @WriteContext() context: CommandContext): Promise<CaseRecordedDto> {
    return this.bus.execute(new GrantClemencyCommand(caseId, body, context));
  }
}
