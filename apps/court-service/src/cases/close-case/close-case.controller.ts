import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CaseChange, CaseId, CasesController } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { CloseCaseDto } from './close-case.dto';
import { CloseCaseCommand } from './close-case.handler';

@CasesController('cases/:caseId/closure')
export class CloseCaseController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange({ summary: 'Close the case, saying why', description: 'The last fact of a case: nothing is recorded on it afterwards.' })
  close(@CaseId() caseId: string, @Body() body: CloseCaseDto, @WriteContext() context: CommandContext): Promise<CaseRecordedDto> {
    return this.bus.execute(new CloseCaseCommand(caseId, body, context));
  }
}
