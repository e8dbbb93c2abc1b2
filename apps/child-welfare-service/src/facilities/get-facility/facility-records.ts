import { jsonColumn, type Sql } from '@safeguard/event-store';
import type { UnitLookup } from '@safeguard/units';
import { toAlertView } from '../../alerts/list-alerts/alert.view';
import type { ChildJourney, KeyDate, ParentJourney } from '../../journeys/family-journey';
import { CHILD_IN_PRISON_ASSESSMENT_OVERDUE } from '../../safeguards/child-in-prison-assessment-overdue/raise-alert-when-child-in-prison-assessment-overdue';
import { INDICATOR_RULES } from '../../indicators/get-indicators/indicator-aggregates';
import { countAt, LIVING_IN_PRISON } from '../facility-scope';
import type { AssessmentDue, ChildLivingThere, FacilityView } from './facility.view';

const iso = (v: unknown): string | null => (v === null || v === undefined ? null : new Date(v as string).toISOString());

/** An alert or deadline of the assessment rule about one of the child's references (its subject key names the child). */
const ABOUT_CHILD = `EXISTS (SELECT 1 FROM jsonb_array_elements_text(c.child_ids) id WHERE position(':' || id || ':' in x.subject_key) > 0 OR x.child_ids ? id)`;

/**
 * The facility as its records stand: `null` when nothing is known of it (nobody held, no child, no
 * alert). The next assessment of a child is the earliest the assessment rule still waits for: a
 * pending deadline, or the due time of an alert it raised that nobody has resolved.
 */
export async function readFacility(sql: Sql, units: UnitLookup, facilityId: string, now: Date): Promise<FacilityView | null> {
  const [counts] = await sql.query<{ people_held: string | number; children: string | number; alerts: string | number }>(
    `SELECT ${countAt.peopleHeld('$1')} AS people_held, ${countAt.childrenLivingThere('$1')} AS children, ${countAt.openAlerts('$1')} AS alerts`,
    [facilityId],
  );
  if (Number(counts.people_held) + Number(counts.children) + Number(counts.alerts) === 0) return null;

  const children = await sql.query<{ child_key: string; person_id: string; journey: unknown; next_assessment_due: unknown }>(
    `SELECT c.child_key, c.person_id, c.journey, (
       SELECT min(x.due_at) FROM (
         SELECT d.due_at, d.subject_key, '[]'::jsonb AS child_ids FROM child_welfare.deadlines d WHERE d.rule_id = $2 AND d.person_id = c.person_id AND d.status = 'pending'
         UNION ALL
         SELECT a.due_at, a.subject_key, a.child_ids FROM child_welfare.alerts a WHERE a.rule_id = $2 AND a.person_id = c.person_id AND a.status IN ('open', 'acknowledged')
       ) x WHERE ${ABOUT_CHILD}) AS next_assessment_due
     FROM child_welfare.children c WHERE c.facility_id = $1 AND c.location_type = '${LIVING_IN_PRISON}' ORDER BY c.child_key`,
    [facilityId, CHILD_IN_PRISON_ASSESSMENT_OVERDUE],
  );
  const childrenLivingThere: ChildLivingThere[] = children.map((r) => {
    const journey = jsonColumn<ChildJourney>(r.journey);
    return {
      childKey: r.child_key,
      personId: r.person_id,
      name: journey.name,
      ageYears: journey.ageYears,
      since: journey.location?.since ?? null,
      nextAssessmentDue: iso(r.next_assessment_due),
    };
  });

  const withoutContact = await sql.query<{ person_id: string; name: string | null; child_keys: string[] | null; last_contact_at: unknown }>(
    `SELECT a.person_id, max(p.journey->>'name') AS name, array_agg(DISTINCT c.child_key) FILTER (WHERE c.child_key IS NOT NULL) AS child_keys,
       max(c.last_contact_at) AS last_contact_at
     FROM child_welfare.alerts a
     LEFT JOIN child_welfare.parents p ON p.person_id = a.person_id
     LEFT JOIN child_welfare.children c ON c.person_id = a.person_id AND c.child_ids ?| ARRAY(SELECT jsonb_array_elements_text(a.child_ids))
     WHERE a.rule_id = $2 AND a.status IN ('open', 'acknowledged') AND a.responsible_agency = 'prison' AND a.responsible_unit_id = $1
     GROUP BY a.person_id ORDER BY a.person_id`,
    [facilityId, INDICATOR_RULES.noContact],
  );

  const held = await sql.query<{ person_id: string; journey: unknown }>(
    `SELECT p.person_id, p.journey FROM child_welfare.parents p JOIN child_welfare.person_indicators i ON i.person_id = p.person_id
     WHERE i.facility_id = $1 ORDER BY p.person_id`,
    [facilityId],
  );
  const releasesWithoutNotifiedCaregiver = held
    .flatMap((r) => {
      const parent = jsonColumn<ParentJourney>(r.journey);
      return parent.keyDates.filter((d) => releaseNotTold(d, now)).map((d) => ({ personId: r.person_id, name: parent.name, releaseOn: d.at }));
    })
    .sort((a, b) => Date.parse(a.releaseOn) - Date.parse(b.releaseOn));

  const alerts = await sql.query(
    `SELECT * FROM child_welfare.alerts WHERE responsible_agency = 'prison' AND responsible_unit_id = $1 AND status IN ('open', 'acknowledged')
     ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, due_at, alert_id`,
    [facilityId],
  );

  return {
    facilityId,
    peopleHeld: Number(counts.people_held),
    childrenLivingThere,
    assessmentsDue: assessmentsDueOf(childrenLivingThere, now),
    mothersWithoutContact30Days: withoutContact.map((r) => ({
      personId: r.person_id,
      name: r.name,
      childKeys: r.child_keys ?? [],
      lastContactAt: iso(r.last_contact_at),
    })),
    releasesWithoutNotifiedCaregiver,
    openAlerts: alerts.map((a) => toAlertView(a, units)),
  };
}

/** A release still to come of which the family has not been told. */
export function releaseNotTold(date: KeyDate, now: Date): boolean {
  return date.kind === 'release' && !date.familyTold && Date.parse(date.at) > now.getTime();
}

/** The assessments owed to the children living there, earliest first; a due time that has passed is overdue. */
export function assessmentsDueOf(children: readonly ChildLivingThere[], now: Date): AssessmentDue[] {
  return children
    .filter((c): c is ChildLivingThere & { nextAssessmentDue: string } => c.nextAssessmentDue !== null)
    .map((c) => ({
      childKey: c.childKey,
      personId: c.personId,
      dueAt: c.nextAssessmentDue,
      overdue: Date.parse(c.nextAssessmentDue) <= now.getTime(),
    }))
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.childKey < b.childKey ? -1 : 1));
}
