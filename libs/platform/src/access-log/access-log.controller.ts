import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { InvalidInput } from '@safeguard/domain';
import { AccessLog } from './access-log';
import { AccessLogged } from './access-logged';
import { ACCESS_LOG_DESCRIPTION, ACCESS_LOG_READERS, AccessLogPage, AccessLogQuery } from './access-log.dto';

@ApiTags('access log')
@Controller('access-log')
export class AccessLogController {
  constructor(@Inject(AccessLog) private readonly log: AccessLog) {}

  @Get()
  @Allow(...ACCESS_LOG_READERS)
  @AccessLogged('read', { child: 'childId', person: 'personId', record: 'recordId', subjectsFromAnswer: false })
  @ApiOperation({
    summary: 'This service’s access log for one child, parent or record',
    description: `${ACCESS_LOG_DESCRIPTION} Name a childId, a personId or a recordId.`,
  })
  @ApiOkResponse({ type: AccessLogPage })
  async list(@Query() query: AccessLogQuery): Promise<AccessLogPage> {
    if (query.childId === undefined && query.personId === undefined && query.recordId === undefined) {
      throw new InvalidInput('REQUEST.INVALID', [
        { field: 'childId', message: 'name a childId, a personId or a recordId: the log is read about someone' },
      ]);
    }
    return this.log.list(
      { childIds: query.childId === undefined ? [] : [query.childId], personId: query.personId, recordId: query.recordId },
      query.limit ?? 50,
      query.offset ?? 0,
    );
  }
}
