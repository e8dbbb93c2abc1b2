import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { AccessLogged } from './access-logged';
import { ACCESS_LOG_DESCRIPTION, ACCESS_LOG_READERS, AccessLogPage, AccessLogQuery } from './access-log.dto';
import { ListAccessEntries } from './access-log.handler';

@ApiTags('access log')
@Controller('access-log')
export class AccessLogController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @Allow(...ACCESS_LOG_READERS)
  @AccessLogged('read', { child: 'childId', person: 'personId', record: 'recordId', subjectsFromAnswer: false })
  @ApiOperation({
    summary: 'This service’s access log for one child, parent or record',
    description: `${ACCESS_LOG_DESCRIPTION} Name a childId, a personId or a recordId.`,
  })
  @ApiOkResponse({ type: AccessLogPage })
  list(@Query() query: AccessLogQuery): Promise<AccessLogPage> {
    return this.bus.execute(new ListAccessEntries(query));
  }
}
