import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CaseChange, CaseId, CasesController } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { ExtendPretrialDetentionDto } from './extend-pretrial-detention.dto';
import { ExtendPretrialDetentionCommand } from './extend-pretrial-detention.handler';

@CasesController('cases/:caseId/pretrial-extensions')
export class ExtendPretrialDetentionController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange(
    {
      summary: 'Extend pretrial detention',
      description:
        'Only while detention before trial is ordered. The new end is the current end plus the months added. The extending judge is the caller.',
    },
    { allow: ['judge'] },
  )
  extend(@CaseId() caseId: string, @Body() body: ExtendPretrialDetentionDto, @WriteContext() context: CommandContext): Promise<CaseRecordedDto> {
    return this.bus.execute(new ExtendPretrialDetentionCommand(caseId, body, context));
  }
}
