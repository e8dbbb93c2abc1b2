import { Controller, Get, Inject, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { JOURNEY_READERS } from '../journey-readers';
import { ChildRecord } from './get-child.dto';
import { GetChildQuery } from './get-child.handler';

@ApiTags('children')
@Controller('children')
export class GetChildController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get(':childId')
  @AccessLogged('read', { child: 'childId' })
  @Allow(...JOURNEY_READERS)
  @ApiOperation({ summary: 'A child’s journey as a timeline with its sources, the parent’s stage and the child’s alerts; the read is logged' })
  @ApiOkResponse({ type: ChildRecord })
  @ApiNotFoundResponse({ description: 'No child with this key or agency reference' })
  get(@Param('childId') childId: string): Promise<ChildRecord> {
    return this.bus.execute(new GetChildQuery(childId));
  }
}
