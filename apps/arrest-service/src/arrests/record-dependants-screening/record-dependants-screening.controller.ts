import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { recordDependantsScreening } from './record-dependants-screening.decision';
import { RecordDependantsScreeningDto } from './record-dependants-screening.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/dependants-screening')
export class RecordDependantsScreeningController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'arrestId' })
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({
    summary: 'Record that she was asked about pregnancy and dependent children, and her answer',
    description:
      'California Penal Code §851.5(c) allows 3 hours; the field report asks for it before custody. She may decline to answer. A child may be recorded by age or birth year only, her name or sex withheld with the reason.',
  })
  @WriteHeaders('arrest')
  @ApiCreatedResponse({ type: RecordedDto })
  async record(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: RecordDependantsScreeningDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.commands.record({
      streamId: arrestStreamId(arrestId),
      decider: recordDependantsScreening,
      context,
      command: {
        now: this.clock.now(),
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
              ? { name: c.caregiver.name ?? null, relation: c.caregiver.relation, ageYears: c.caregiver.ageYears ?? null, contact: c.caregiver.contact ?? null }
              : null,
          })),
        },
      },
      respond: (result) => recordedDto(arrestId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
