import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { giveFamilyContact } from './give-family-contact.decision';
import { GiveFamilyContactDto } from './give-family-contact.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/family-contacts')
export class GiveFamilyContactController {
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
    summary: 'Record that she could reach her children or whoever looks after them',
    description: 'Bangkok Rule 26. Every child named must be recorded on the arrest, else 422 CHILD.NOT_ON_RECORD.',
  })
  @WriteHeaders('arrest')
  @ApiCreatedResponse({ type: RecordedDto })
  async give(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: GiveFamilyContactDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.commands.record({
      streamId: arrestStreamId(arrestId),
      decider: giveFamilyContact,
      context,
      command: {
        now: this.clock.now(),
        contact: {
          arrestId,
          contactedAt: new Date(body.contactedAt).toISOString(),
          method: body.method,
          contactedName: body.contactedName ?? null,
          contactedRelation: body.contactedRelation,
          childIds: body.childIds,
        },
      },
      respond: (result) => recordedDto(arrestId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
