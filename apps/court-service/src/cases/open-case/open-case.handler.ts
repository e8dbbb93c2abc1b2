import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { CaseCommand } from '../case-use-case';
import { openCase } from './open-case.decision';
import type { OpenCaseDto } from './open-case.dto';

/** The first fact of a new case stream, under the id the controller gave it. */
export class OpenCaseCommand extends CaseCommand<OpenCaseDto> {}

@CommandHandler(OpenCaseCommand)
export class OpenCaseHandler extends StreamChangeHandler<OpenCaseCommand> {
  execute(command: OpenCaseCommand): Promise<CaseRecordedDto> {
    const { caseId, body } = command;
    return this.record(command, openCase, {
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
    });
  }
}
