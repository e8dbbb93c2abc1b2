import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ChildJourney } from '../family-journey';
import { jsonColumn } from '@safeguard/event-store';

/** Alerts not yet resolved that name the child, or name the parent without naming a child. */
export const OPEN_ALERTS_OF_CHILD = `SELECT count(*)::int FROM child_welfare.alerts a
  WHERE a.status IN ('open', 'acknowledged') AND a.person_id = c.person_id
    AND (a.child_ids = '[]'::jsonb OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(a.child_ids) id WHERE c.child_ids ? id))`;

/** One line of the children list. */
export class ChildSummary {
  @ApiProperty({ description: 'The child’s key: the first reference an agency gave the child' }) childKey: string;
  @ApiProperty({ description: 'The parent' }) personId: string;
  @ApiProperty({ type: [String], description: 'Every agency reference matched to this child' }) childIds: string[];
  @ApiPropertyOptional({ nullable: true }) name: string | null;
  @ApiPropertyOptional({ nullable: true }) ageYears: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'Whole months at the last record, when the date of birth is known' }) ageMonths: number | null;
  @ApiPropertyOptional({
    nullable: true,
    description: 'The age in words: "5 months" under two years when the date of birth is known, else "4 years"',
  })
  age: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The IANA time zone the journey’s texts are worded in (the jurisdiction’s)' }) timeZone:
    string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The BCP 47 locale the journey’s texts are worded in' }) locale: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The parent’s legal stage as the child lives it' }) stage: string | null;
  @ApiPropertyOptional({ nullable: true }) locationType: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The prison the parent is held in' }) facilityId: string | null;
  @ApiPropertyOptional({ nullable: true }) province: string | null;
  @ApiPropertyOptional({ nullable: true }) lastContactAt: string | null;
  @ApiProperty({ description: 'Records about this child flagged for review' }) reviewFlags: number;
  @ApiProperty({ description: 'Alerts not yet resolved that concern this child' }) openAlerts: number;
}

/** A journey as the children table keeps it: one saved before the jurisdiction was worded into it has no time zone or locale. */
type StoredJourney = Omit<ChildJourney, 'timeZone' | 'locale'> & Partial<Pick<ChildJourney, 'timeZone' | 'locale'>>;

export function toChildSummary(row: Record<string, unknown>): ChildSummary {
  const journey = jsonColumn<StoredJourney>(row.journey);
  return {
    childKey: String(row.child_key),
    personId: String(row.person_id),
    childIds: jsonColumn<string[]>(row.child_ids),
    name: journey.name,
    ageYears: journey.ageYears,
    // Journeys saved before these fields were worded carry none until they are derived again.
    ageMonths: journey.ageMonths ?? null,
    age: journey.age ?? null,
    timeZone: journey.timeZone ?? null,
    locale: journey.locale ?? null,
    stage: (row.stage as string | null) ?? null,
    locationType: (row.location_type as string | null) ?? null,
    facilityId: (row.facility_id as string | null) ?? null,
    province: (row.province as string | null) ?? null,
    lastContactAt: row.last_contact_at ? new Date(row.last_contact_at as string).toISOString() : null,
    reviewFlags: Number(row.review_flags),
    openAlerts: Number(row.open_alerts ?? 0),
  };
}
