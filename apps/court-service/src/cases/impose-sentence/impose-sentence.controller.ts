import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CaseChange, CaseId, CasesController } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { ImposeSentenceDto } from './impose-sentence.dto';
import { ImposeSentenceCommand } from './impose-sentence.handler';

@CasesController('cases/:caseId/sentences')
export class ImposeSentenceController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange(
    {
      summary: 'Record the sentence imposed after a conviction',
      description:
        'Only after a verdict convicting her of at least one charge, and once. Says whether her children’s welfare and alternatives to prison were weighed.',
    },
    { allow: ['judge'] },
  )
  impose(@CaseId() caseId: string, @Body() body: ImposeSentenceDto, @WriteContext() context: CommandContext): Promise<CaseRecordedDto> {
    return this.bus.execute(new ImposeSentenceCommand(caseId, body, context));
  }
}
