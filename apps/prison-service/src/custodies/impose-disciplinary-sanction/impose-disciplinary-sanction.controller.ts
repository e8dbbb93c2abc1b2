import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { imposeDisciplinarySanction } from './impose-disciplinary-sanction.decision';
import { ImposeDisciplinarySanctionDto } from './impose-disciplinary-sanction.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/disciplinary-sanctions')
export class ImposeDisciplinarySanctionController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'custodyId' })
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({
    summary: 'Record a disciplinary sanction',
    description: 'Stored even when it restricts contact with her children (Bangkok Rule 23 forbids it): the safeguards raise that breach.',
  })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async impose(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: ImposeDisciplinarySanctionDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: imposeDisciplinarySanction,
      context,
      command: {
        now: this.clock.now(),
        sanction: {
          custodyId,
          imposedAt: new Date(body.imposedAt).toISOString(),
          sanction: body.sanction,
          days: body.days,
          restrictsFamilyContact: body.restrictsFamilyContact,
        },
      },
      respond: (result) => custodyRecordedDto(custodyId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
