import { Controller, Get, Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@safeguard/auth';
import { JurisdictionView } from './get-jurisdiction.dto';
import { GetJurisdictionQuery } from './get-jurisdiction.handler';

/**
 * Public: nothing here is personal. The dashboard reads it before sign-in so that every time on
 * the board reads as it does in the jurisdiction (a night arrest in Phnom Penh on the day it
 * happened there), whatever zone the monitor's computer is set to.
 */
@ApiTags('jurisdiction')
@Controller('jurisdiction')
export class GetJurisdictionController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'The jurisdiction, its safeguard policy, time zone and locale' })
  @ApiOkResponse({ type: JurisdictionView })
  get(): Promise<JurisdictionView> {
    return this.bus.execute(new GetJurisdictionQuery());
  }
}
