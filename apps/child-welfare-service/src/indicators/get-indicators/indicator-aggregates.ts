import type { Sql } from '@safeguard/event-store';
import type { GetIndicatorsQuery, Period } from './get-indicators.query';
import type { Indicators } from './indicators.view';

/** The alert rules some figures count: an alert not yet resolved (open or acknowledged) still counts. */
export const INDICATOR_RULES = {
  /** Raised by the rule once a parent in prison has had no contact with a child for 30 days. */
  noContact: 'no-parent-child-contact',
  detainedPastSentence: 'detained-past-sentence',
} as const;

const PERIOD_LABEL: Record<Period, string> = {
  month: `to_char(arrested_at AT TIME ZONE 'UTC', 'YYYY-MM')`,
  week: `to_char(arrested_at AT TIME ZONE 'UTC', 'IYYY-"W"IW')`,
  quarter: `to_char(arrested_at AT TIME ZONE 'UTC', 'YYYY-"Q"Q')`,
};

const DAY = 86_400_000;

/** Which people the figures cover, as bound parameters: `to` is inclusive, and a date alone covers its whole UTC day. */
export function peopleFilter(query: GetIndicatorsQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const add = (condition: string, value: unknown) => {
    params.push(value);
    conditions.push(condition.replace('$', `$${params.length}`));
  };
  if (query.facility !== undefined) add('facility_id = $', query.facility);
  if (query.province !== undefined) add('province = $', query.province);
  if (query.from !== undefined) {
    const bound = new Date(query.from);
    // Past year 9999 an ISO string gains a sign PostgreSQL does not read; such a bound leaves nobody in.
    add('arrested_at >= $', bound.getUTCFullYear() <= 9999 ? bound.toISOString() : 'infinity');
  }
  if (query.to !== undefined) {
    const wholeDay = /^\d{4}-\d{2}-\d{2}$/.test(query.to);
    const bound = new Date(wholeDay ? Date.parse(query.to) + DAY : Date.parse(query.to));
    // Likewise a bound past year 9999 leaves nobody out.
    if (bound.getUTCFullYear() <= 9999) add(wholeDay ? 'arrested_at < $' : 'arrested_at <= $', bound.toISOString());
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export type Grouping = 'overall' | 'facility' | 'period';

/**
 * The figures over the filtered people, overall or per group, in one aggregate each. Alerts are
 * counted per person first (distinct children, or whether she has one) and summed after, so a
 * group never counts a child twice.
 */
export async function aggregateIndicators(sql: Sql, query: GetIndicatorsQuery, grouping: Grouping): Promise<(Indicators & { key: string | null })[]> {
  const { where, params } = peopleFilter(query);
  params.push(INDICATOR_RULES.noContact, INDICATOR_RULES.detainedPastSentence);
  const [noContact, pastSentence] = [`$${params.length - 1}`, `$${params.length}`];
  const key = grouping === 'facility' ? 'facility_id' : grouping === 'period' ? 'period' : 'NULL::text';
  const group = grouping === 'overall' ? '' : `WHERE ${key} IS NOT NULL GROUP BY ${key} ORDER BY ${key}`;
  const rows = await sql.query(
    `WITH people AS (
       SELECT p.*, ${PERIOD_LABEL[query.period ?? 'month']} AS period,
         (SELECT count(DISTINCT coalesce(c.child_id, a.alert_id::text)) FROM child_welfare.alerts a
            LEFT JOIN LATERAL jsonb_array_elements_text(a.child_ids) AS c(child_id) ON true
          WHERE a.person_id = p.person_id AND a.rule_id = ${noContact} AND a.status IN ('open', 'acknowledged')) AS children_without_contact,
         EXISTS (SELECT 1 FROM child_welfare.alerts a WHERE a.person_id = p.person_id AND a.rule_id = ${pastSentence} AND a.status IN ('open', 'acknowledged')) AS past_sentence
       FROM child_welfare.person_indicators p ${where}
     )
     SELECT ${key} AS key,
       count(arrested_at)::int AS arrests,
       count(*) FILTER (WHERE arrested_at IS NOT NULL AND dependants_asked)::float8 / nullif(count(arrested_at), 0) AS dependants_asked_share,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY hours_to_care_arrangement) AS median_hours_to_care_arrangement,
       coalesce(sum(pretrial_detention_orders), 0)::int AS pretrial_detention_orders,
       sum(pretrial_orders_with_family_inquiry)::float8 / nullif(sum(pretrial_detention_orders), 0) AS pretrial_with_family_inquiry_share,
       count(*) FILTER (WHERE sex = 'female' AND has_case AND legal_representation)::float8
         / nullif(count(*) FILTER (WHERE sex = 'female' AND has_case), 0) AS mothers_with_lawyer_share,
       coalesce(sum(children_without_contact), 0)::int AS children_without_contact,
       coalesce(sum(child_visits), 0)::int AS child_visits,
       coalesce(sum(child_visits_charged), 0)::int AS child_visits_charged,
       count(*) FILTER (WHERE past_sentence)::int AS detained_past_sentence
     FROM people ${group}`,
    params,
  );
  return rows.map(toIndicators);
}

const share = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function toIndicators(row: Record<string, unknown>): Indicators & { key: string | null } {
  return {
    key: (row.key as string | null) ?? null,
    arrests: Number(row.arrests),
    dependantsAskedShare: share(row.dependants_asked_share),
    medianHoursToCareArrangement: share(row.median_hours_to_care_arrangement),
    pretrialDetentionOrders: Number(row.pretrial_detention_orders),
    pretrialWithFamilyInquiryShare: share(row.pretrial_with_family_inquiry_share),
    mothersWithLawyerShare: share(row.mothers_with_lawyer_share),
    childrenWithoutContact30Days: Number(row.children_without_contact),
    childVisits: Number(row.child_visits),
    childVisitsCharged: Number(row.child_visits_charged),
    detainedPastSentence: Number(row.detained_past_sentence),
  };
}
