import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { ACCESS_LOG_DESCRIPTION, ACCESS_LOG_READERS, AccessLogged, AccessLogPage, AccessLogPageQuery } from '@safeguard/platform';
import { ChildAccessLogQuery } from './child-access-log.handler';

@ApiTags('children')
@Controller('children/:childId/access-log')
export class ChildAccessLogController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @AccessLogged('read', { child: 'childId', subjectsFromAnswer: false })
  @Allow(...ACCESS_LOG_READERS)
  @ApiOperation({
    summary: 'Who read or changed this child’s record in the child-welfare service, and who was refused, newest first',
    description:
      `${ACCESS_LOG_DESCRIPTION} The child is found by its key or any agency's reference, and entries naming any of them are listed; ` +
      'a reference no journey holds (yet) lists the entries naming it as given. The police, court and prison services keep their own logs: ' +
      '`GET /access-log?childId=` on each.',
  })
  @ApiOkResponse({ type: AccessLogPage })
  list(@Param('childId') childId: string, @Query() page: AccessLogPageQuery): Promise<AccessLogPage> {
    return this.bus.execute(new ChildAccessLogQuery(childId, page));
  }
}
