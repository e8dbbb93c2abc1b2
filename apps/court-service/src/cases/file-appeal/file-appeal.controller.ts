import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CaseChange, CaseId, CasesController } from '../case-use-case';
import { FileAppealDto, AppealFiledDto } from './file-appeal.dto';
import { FileAppealCommand } from './file-appeal.handler';

@CasesController('cases/:caseId/appeals')
export class FileAppealController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange(
    {
      summary: 'Record an appeal against the judgment',
      description:
        'Only once a verdict is delivered. Says whether she stays detained while it waits: people have been held past their sentence this way.',
    },
    { answer: AppealFiledDto },
  )
  file(@CaseId() caseId: string, @Body() body: FileAppealDto, @WriteContext() context: CommandContext): Promise<AppealFiledDto> {
    return this.bus.execute(new FileAppealCommand(caseId, body, context));
  }
}
