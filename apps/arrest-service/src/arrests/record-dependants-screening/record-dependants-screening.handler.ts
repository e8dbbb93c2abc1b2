import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { recordDependantsScreening } from './record-dependants-screening.decision';
import type { RecordDependantsScreeningDto } from './record-dependants-screening.dto';

export class RecordDependantsScreeningCommand extends ArrestCommand<RecordDependantsScreeningDto> {}

@CommandHandler(RecordDependantsScreeningCommand)
export class RecordDependantsScreeningHandler extends StreamChangeHandler<RecordDependantsScreeningCommand> {
  execute(command: RecordDependantsScreeningCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, recordDependantsScreening, {
      screening: {
        arrestId,
        askedAt: new Date(body.askedAt).toISOString(),
        askedBy: body.askedBy,
        answer: body.answer,
        pregnancy: body.pregnancy,
        numberOfChildren: body.numberOfChildren ?? null,
        consentToRecordChildDetails: body.consentToRecordChildDetails,
        children: body.children.map((c) => ({
          childId: c.childId ?? randomUUID(),
          name: c.name ?? null,
          sex: c.sex ?? null,
          detailsWithheld: c.detailsWithheld ?? null,
          birthYear: c.birthYear ?? null,
          dateOfBirth: c.dateOfBirth ?? null,
          ageYears: c.ageYears ?? null,
          whereabouts: c.whereabouts,
          caregiver: c.caregiver
            ? {
                name: c.caregiver.name ?? null,
                relation: c.caregiver.relation,
                ageYears: c.caregiver.ageYears ?? null,
                contact: c.caregiver.contact ?? null,
              }
            : null,
        })),
      },
    });
  }
}
