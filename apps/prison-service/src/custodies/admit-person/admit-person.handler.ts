import { ForbiddenException, Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { CustodyCommand } from '../custody-use-case';
import { admitPerson } from './admit-person.decision';
import type { AdmitPersonDto } from './admit-person.dto';

/** The first fact of a new custody stream, under the id the controller gave it. */
export class AdmitPersonCommand extends CustodyCommand<AdmitPersonDto> {}

@CommandHandler(AdmitPersonCommand)
export class AdmitPersonHandler extends StreamChangeHandler<AdmitPersonCommand> {
  @Inject(UnitRegistry) private readonly units!: UnitRegistry;

  execute(command: AdmitPersonCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body, context } = command;
    const { principal } = context;
    if (principal.scope === 'own-unit' && body.facilityId !== principal.unitId) {
      throw new ForbiddenException(`a ${principal.unitId} officer admits into ${principal.unitId} only`);
    }
    return this.record(command, admitPerson, {
      facility: this.units.unit(body.facilityId),
      admission: {
        custodyId,
        personId: body.personId,
        facilityId: body.facilityId,
        admittedAt: new Date(body.admittedAt).toISOString(),
        legalStatus: body.legalStatus,
        courtCaseReference: body.courtCaseReference ?? null,
        orderReference: body.orderReference,
        nationality: body.nationality,
      },
    });
  }
}
