import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CaseCommand, onCaseStream } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { deliverVerdict } from './deliver-verdict.decision';
import type { DeliverVerdictDto } from './deliver-verdict.dto';

export class DeliverVerdictCommand extends CaseCommand<DeliverVerdictDto> {}

@CommandHandler(DeliverVerdictCommand)
export class DeliverVerdictHandler implements ICommandHandler<DeliverVerdictCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: DeliverVerdictCommand): Promise<CaseRecordedDto> {
    const { caseId, body } = command;
    return this.commands.record({
      ...onCaseStream(command),
      decider: deliverVerdict,
      command: {
        verdict: {
          caseId,
          deliveredAt: new Date(body.deliveredAt).toISOString(),
          findings: body.findings.map((f) => ({ chargeId: f.chargeId, outcome: f.outcome })),
        },
      },
    });
  }
}
