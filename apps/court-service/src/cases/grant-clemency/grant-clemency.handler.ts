import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CaseCommand } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { grantClemency } from './grant-clemency.decision';
import type { GrantClemencyDto } from './grant-clemency.dto';

export class GrantClemencyCommand extends CaseCommand<GrantClemencyDto> {}

@CommandHandler(GrantClemencyCommand)
export class GrantClemencyHandler extends StreamChangeHandler<GrantClemencyCommand> {
  execute(command: GrantClemencyCommand): Promise<CaseRecordedDto> {
    const { caseId, body } = command;
    return this.record(command, grantClemency, {
      clemency: {
        caseId,
        grantedAt: new Date(body.grantedAt).toISOString(),
        kind: body.kind,
        reductionMonths: body.reductionMonths ?? null,
        effectiveAt: body.effectiveAt === undefined ? null : new Date(body.effectiveAt).toISOString(),
      },
    });
  }
}
