import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { Database, jsonColumn } from '@safeguard/event-store';
import { ACCESS_LOG_DESCRIPTION, ACCESS_LOG_READERS, AccessLog, AccessLogged, AccessLogPage, AccessLogPageQuery } from '@safeguard/platform';

@ApiTags('children')
@Controller('children/:childId/access-log')
export class ChildAccessLogController {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(AccessLog) private readonly log: AccessLog,
  ) {}

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
  async list(@Param('childId') childId: string, @Query() query: AccessLogPageQuery): Promise<AccessLogPage> {
    // Each agency knows the child by its own id; a refused request names only the one it sent.
    const [child] = await this.db.query<{ child_key: string; child_ids: unknown }>(
      `SELECT child_key, child_ids FROM child_welfare.children WHERE child_key = $1 OR child_ids ? $1 LIMIT 1`,
      [childId],
    );
    const ids = child ? [...new Set([childId, child.child_key, ...jsonColumn<string[]>(child.child_ids)])] : [childId];
    return this.log.list({ childIds: ids }, query.limit ?? 50, query.offset ?? 0);
  }
}
