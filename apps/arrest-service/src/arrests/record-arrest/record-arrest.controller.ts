import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import type { AppendMetadata } from '@safeguard/event-store';
import { AccessLogged, Clock, type IdempotencyKey, IdempotencyKeyHeader, RequestMetadata, StreamCommands } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { recordArrest } from './record-arrest.decision';
import { RecordArrestDto, RecordedDto, recordedDto } from './record-arrest.dto';

@ApiTags('arrests')
@Controller('arrests')
export class RecordArrestController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'arrestId' })
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({ summary: 'Record an arrest', description: 'The first fact of an arrest. The arresting unit is the caller’s unit.' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: RecordedDto })
  async record(
    @Body() body: RecordArrestDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    const arrestId = randomUUID();
    const { person } = body;
    const recorded = await this.commands.record({
      streamId: arrestStreamId(arrestId),
      decider: recordArrest,
      // A new stream: If-Match is neither documented nor read here.
      context: { metadata, expectedVersion: undefined, idempotencyKey },
      command: {
        now: this.clock.now(),
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
          arrestingUnit: { type: body.arrestingUnitType, unitId: principal.unitId },
          suspectedOffence: body.suspectedOffence,
          circumstances: body.circumstances,
        },
      },
      respond: (result) => recordedDto(arrestId, result),
    });
    response.setHeader('Location', `/arrests/${recorded.arrestId}`).setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
