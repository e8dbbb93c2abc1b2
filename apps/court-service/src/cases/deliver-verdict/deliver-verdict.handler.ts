import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CaseCommand } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { deliverVerdict } from './deliver-verdict.decision';
import type { DeliverVerdictDto } from './deliver-verdict.dto';

export class DeliverVerdictCommand extends CaseCommand<DeliverVerdictDto> {}

@CommandHandler(DeliverVerdictCommand)
export class DeliverVerdictHandler extends StreamChangeHandler<DeliverVerdictCommand> {
  execute(command: DeliverVerdictCommand): Promise<CaseRecordedDto> {
    const { caseId, body } = command;
    return this.record(command, deliverVerdict, {
      verdict: {
        caseId,
        deliveredAt: new Date(body.deliveredAt).toISOString(),
        findings: body.findings.map((f) => ({ chargeId: f.chargeId, outcome: f.outcome })),
      },
    });
  }
}
