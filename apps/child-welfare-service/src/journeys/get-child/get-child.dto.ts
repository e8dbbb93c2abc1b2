import { ApiProperty } from '@nestjs/swagger';
import { AlertView } from '../../alerts/list-alerts/alert.view';
import type { ChildJourney, ParentJourney } from '../family-journey';

const JOURNEY_DOC =
  'The journey (ChildJourney): stage and stageHistory, location and locationHistory, contact, keyDates, timeline and reviewFlags, each entry with its source (agency, eventId, eventType)';

export class ChildRecord {
  @ApiProperty({ type: 'object', additionalProperties: true, description: JOURNEY_DOC }) journey: ChildJourney;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The parent’s journey (ParentJourney)' }) parent: ParentJourney | null;
  @ApiProperty({ type: [AlertView], description: 'Open and past alerts naming the child, or the parent without naming a child' }) alerts: AlertView[];
}
