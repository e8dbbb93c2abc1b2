import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { NotFound } from '@safeguard/domain';
import { Database, jsonColumn } from '@safeguard/event-store';
import { UnitRegistry } from '@safeguard/units';
import { AccessLogged } from '@safeguard/platform';
import { AlertView, toAlertView } from '../../alerts/list-alerts/alert.view';
import { JOURNEY_READERS } from '../journey-readers';
import type { ChildJourney, ParentJourney } from '../family-journey';

const JOURNEY_DOC =
  'The journey (ChildJourney): stage and stageHistory, location and locationHistory, contact, keyDates, timeline and reviewFlags, each entry with its source (agency, eventId, eventType)';

class ChildRecord {
  @ApiProperty({ type: 'object', additionalProperties: true, description: JOURNEY_DOC }) journey: ChildJourney;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The parent’s journey (ParentJourney)' }) parent: ParentJourney | null;
  @ApiProperty({ type: [AlertView], description: 'Open and past alerts naming the child, or the parent without naming a child' }) alerts: AlertView[];
}

@ApiTags('children')
@Controller('children')
export class GetChildController {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  @Get(':childId')
  @AccessLogged('read', { child: 'childId' })
  @Allow(...JOURNEY_READERS)
  @ApiOperation({ summary: 'A child’s journey as a timeline with its sources, the parent’s stage and the child’s alerts; the read is logged' })
  @ApiOkResponse({ type: ChildRecord })
  @ApiNotFoundResponse({ description: 'No child with this key or agency reference' })
  async get(@Param('childId') childId: string): Promise<ChildRecord> {
    return this.db.transaction(async (sql) => {
      // Any agency's reference finds the child, not only the key.
      const [row] = await sql.query<{ child_key: string; person_id: string; journey: unknown }>(
        `SELECT child_key, person_id, journey FROM child_welfare.children WHERE child_key = $1 OR child_ids ? $1 LIMIT 1`,
        [childId],
      );
      if (!row) throw new NotFound('CHILD.NOT_FOUND', `no child ${childId}`);
      const journey = jsonColumn<ChildJourney>(row.journey);
      const [parent] = await sql.query<{ journey: unknown }>(`SELECT journey FROM child_welfare.parents WHERE person_id = $1`, [row.person_id]);
      const alerts = await sql.query(
        `SELECT * FROM child_welfare.alerts WHERE person_id = $1 AND status <> 'withdrawn'
           AND (child_ids = '[]'::jsonb OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(child_ids) id WHERE id = ANY($2::text[])))
         ORDER BY raised_at DESC`,
        [row.person_id, journey.childIds],
      );
      return { journey, parent: parent ? jsonColumn<ParentJourney>(parent.journey) : null, alerts: alerts.map((a) => toAlertView(a, this.units)) };
    });
  }
}
