import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { recordArrest } from './record-arrest.decision';
import type { RecordArrestDto } from './record-arrest.dto';

/** The first fact of a new arrest stream, under the id the controller gave it. */
export class RecordArrestCommand extends ArrestCommand<RecordArrestDto> {}

@CommandHandler(RecordArrestCommand)
export class RecordArrestHandler extends StreamChangeHandler<RecordArrestCommand> {
  execute(command: RecordArrestCommand): Promise<RecordedDto> {
    const { arrestId, body, context } = command;
    const { person } = body;
    return this.record(command, recordArrest, {
      details: {
        arrestId,
        person: {
          personId: person.personId,
          name: person.name,
          sex: person.sex,
          dateOfBirth: person.dateOfBirth ?? null,
          estimatedAgeYears: person.estimatedAgeYears ?? null,
          nationality: person.nationality,
          homeAddress: person.homeAddress ?? null,
          homeProvince: person.homeProvince,
          nationalId: person.nationalId ?? null,
        },
        arrestedAt: new Date(body.arrestedAt).toISOString(),
        place: body.place,
        province: body.province,
        // The arresting unit is the caller's: a unit cannot record an arrest in another's name.
        arrestingUnit: { type: body.arrestingUnitType, unitId: context.principal.unitId },
        suspectedOffence: body.suspectedOffence,
        circumstances: body.circumstances,
      },
    });
  }
}
