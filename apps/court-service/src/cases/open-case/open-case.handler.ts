import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { CaseCommand, onCaseStream } from '../case-use-case';
import { openCase } from './open-case.decision';
import type { OpenCaseDto } from './open-case.dto';

/** The first fact of a new case stream, under the id the controller gave it. */
export class OpenCaseCommand extends CaseCommand<OpenCaseDto> {}

@CommandHandler(OpenCaseCommand)
export class OpenCaseHandler implements ICommandHandler<OpenCaseCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: OpenCaseCommand): Promise<CaseRecordedDto> {
    const { caseId, body } = command;
    return this.commands.record({
      ...onCaseStream(command),
      decider: openCase,
      command: {
        details: {
          caseId,
          caseReference: body.caseReference,
          arrestIds: body.arrestIds,
          personId: body.personId,
          openedAt: new Date(body.openedAt).toISOString(),
          charges: body.charges.map((c) => ({
            chargeId: c.chargeId ?? randomUUID(),
            offence: c.offence,
            offenceClass: c.offenceClass,
            maximumPenaltyMonths: c.maximumPenaltyMonths,
            minimumPenaltyMonths: c.minimumPenaltyMonths ?? null,
            violent: c.violent,
          })),
        },
      },
    });
  }
}
