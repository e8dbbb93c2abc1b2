import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { NotFound } from '@safeguard/domain';
import { Database, jsonColumn } from '@safeguard/event-store';
import { UnitRegistry } from '@safeguard/units';
import { AccessLogged } from '@safeguard/platform';
import { AlertView, toAlertView } from '../../alerts/list-alerts/alert.view';
import { JOURNEY_READERS } from '../journey-readers';
import type { ParentJourney, ReviewFlag } from '../family-journey';
import { ChildSummary, OPEN_ALERTS_OF_CHILD, toChildSummary } from '../list-children/child-summary';

class ParentRecord {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The parent’s legal path (ParentJourney), key dates and timeline, with sources' })
  journey: ParentJourney;
  @ApiProperty({ type: [ChildSummary] }) children: ChildSummary[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Records about this family flagged for review' }) reviewFlags: ReviewFlag[];
  @ApiProperty({ type: [AlertView] }) alerts: AlertView[];
}

@ApiTags('children')
@Controller('parents')
export class GetParentController {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  @Get(':personId')
  @AccessLogged('read', { person: 'personId' })
  @Allow(...JOURNEY_READERS)
  @ApiOperation({ summary: 'A parent’s legal path with her children and alerts; the read is logged' })
  @ApiOkResponse({ type: ParentRecord })
  @ApiNotFoundResponse({ description: 'No parent with this person reference' })
  async get(@Param('personId') personId: string): Promise<ParentRecord> {
    return this.db.transaction(async (sql) => {
      const [row] = await sql.query<{ journey: unknown; review_flags: unknown }>(`SELECT journey, review_flags FROM child_welfare.parents WHERE person_id = $1`, [personId]);
      if (!row) throw new NotFound('PARENT.NOT_FOUND', `no parent ${personId}`);
      const children = await sql.query(`SELECT c.*, (${OPEN_ALERTS_OF_CHILD}) AS open_alerts FROM child_welfare.children c WHERE c.person_id = $1 ORDER BY c.child_key`, [personId]);
      const alerts = await sql.query(`SELECT * FROM child_welfare.alerts WHERE person_id = $1 AND status <> 'withdrawn' ORDER BY raised_at DESC`, [personId]);
      return {
        journey: jsonColumn<ParentJourney>(row.journey),
        children: children.map(toChildSummary),
        reviewFlags: jsonColumn<ReviewFlag[]>(row.review_flags),
        alerts: alerts.map((a) => toAlertView(a, this.units)),
      };
    });
  }
}
