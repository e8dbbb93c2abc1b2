import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CaseCommand } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { closeCase } from './close-case.decision';
import type { CloseCaseDto } from './close-case.dto';

export class CloseCaseCommand extends CaseCommand<CloseCaseDto> {}

@CommandHandler(CloseCaseCommand)
export class CloseCaseHandler extends StreamChangeHandler<CloseCaseCommand> {
  execute(command: CloseCaseCommand): Promise<CaseRecordedDto> {
    const { caseId, body } = command;
    return this.record(command, closeCase, { closure: { caseId, closedAt: new Date(body.closedAt).toISOString(), reason: body.reason } });
  }
}
