import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { JOURNEY_READERS } from '../journey-readers';
import { ListChildrenFilter, ChildPage } from './list-children.dto';
import { ListChildrenQuery } from './list-children.handler';

@ApiTags('children')
@Controller('children')
export class ListChildrenController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @AccessLogged('read')
  @Allow(...JOURNEY_READERS)
  @ApiOperation({ summary: 'Dependent children followed across police, court and prison; children with open alerts first' })
  @ApiOkResponse({ type: ChildPage })
  list(@Query() filter: ListChildrenFilter): Promise<ChildPage> {
    return this.bus.execute(new ListChildrenQuery(filter));
  }
}
