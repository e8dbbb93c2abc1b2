import { Body, Controller, ForbiddenException, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import type { AppendMetadata } from '@safeguard/event-store';
import { AccessLogged, Clock, type IdempotencyKey, IdempotencyKeyHeader, RequestMetadata, StreamCommands } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { admitPerson } from './admit-person.decision';
import { AdmitPersonDto } from './admit-person.dto';

@ApiTags('custodies')
@Controller('custodies')
export class AdmitPersonController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'custodyId' })
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({ summary: 'Admit a person into a facility', description: 'The first fact of a custody, into a prison of the unit registry (GET /units?kind=prison; 400 otherwise). A facility officer admits into their own facility only (403 otherwise).' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async admit(
    @Body() body: AdmitPersonDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    if (principal.scope === 'own-unit' && body.facilityId !== principal.unitId) {
      throw new ForbiddenException(`a ${principal.unitId} officer admits into ${principal.unitId} only`);
    }
    const custodyId = randomUUID();
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: admitPerson,
      // A new stream: If-Match is neither documented nor read here.
      context: { metadata, expectedVersion: undefined, idempotencyKey },
      command: {
        now: this.clock.now(),
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
      },
      respond: (result) => custodyRecordedDto(custodyId, result),
    });
    response.setHeader('Location', `/custodies/${recorded.custodyId}`).setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
