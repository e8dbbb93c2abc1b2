import { Controller, Get, Inject, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { JOURNEY_READERS } from '../journey-readers';
import { ParentRecord } from './get-parent.dto';
import { GetParentQuery } from './get-parent.handler';

@ApiTags('children')
@Controller('parents')
export class GetParentController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get(':personId')
  @AccessLogged('read', { person: 'personId' })
  @Allow(...JOURNEY_READERS)
  @ApiOperation({ summary: 'A parent’s legal path with her children and alerts; the read is logged' })
  @ApiOkResponse({ type: ParentRecord })
  @ApiNotFoundResponse({ description: 'No parent with this person reference' })
  get(@Param('personId') personId: string): Promise<ParentRecord> {
    return this.bus.execute(new GetParentQuery(personId));
  }
}
