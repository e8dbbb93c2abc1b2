import { ApiProperty } from '@nestjs/swagger';
import { AlertView } from '../../alerts/list-alerts/alert.view';
import type { ParentJourney, ReviewFlag } from '../family-journey';
import { ChildSummary } from '../list-children/child-summary';

export class ParentRecord {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The parent’s legal path (ParentJourney), key dates and timeline, with sources',
  })
  journey: ParentJourney;
  @ApiProperty({ type: [ChildSummary] }) children: ChildSummary[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Records about this family flagged for review' }) reviewFlags: ReviewFlag[];
  @ApiProperty({ type: [AlertView] }) alerts: AlertView[];
}
