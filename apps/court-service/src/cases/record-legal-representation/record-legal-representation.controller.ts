import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CaseChange, CaseId, CasesController } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { RecordLegalRepresentationDto } from './record-legal-representation.dto';
import { RecordLegalRepresentationCommand } from './record-legal-representation.handler';

@CasesController('cases/:caseId/legal-representation')
export class RecordLegalRepresentationController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CaseChange({
    summary: 'Record whether she has a lawyer',
    description: 'Recorded also when she has none: the safeguards look for unrepresented mothers.',
  })
  record(@CaseId() caseId: string, @Body() body: RecordLegalRepresentationDto, @WriteContext() context: CommandContext): Promise<CaseRecordedDto> {
    return this.bus.execute(new RecordLegalRepresentationCommand(caseId, body, context));
  }
}
