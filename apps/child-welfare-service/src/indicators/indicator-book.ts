import type { Sql } from '@safeguard/event-store';
import type { PersonFile } from '../person-file/person-file';
import { indicatorFactsOf, type IndicatorFacts } from './indicator-facts';

/**
 * Keeps each person's indicator facts, derived from her whole file and replaced as a whole, in
 * the transaction that kept the fact: the indicators never lag the alerts they are read with.
 */
export class IndicatorBook {
  async save(sql: Sql, file: PersonFile): Promise<IndicatorFacts> {
    const [facts] = await this.saveEach(sql, [file]);
    return facts;
  }

  /** `save` for several people's files in one statement (a rebuild judges many at once). */
  async saveEach(sql: Sql, files: readonly PersonFile[]): Promise<IndicatorFacts[]> {
    const all = files.map(indicatorFactsOf);
    if (all.length === 0) return all;
    const rows = all.map((f) => ({
      person_id: f.personId,
      province: f.province,
      facility_id: f.facilityId,
      sex: f.sex,
      arrest_id: f.arrestId,
      arrested_at: f.arrestedAt,
      dependants_asked: f.dependantsAsked,
      has_dependants: f.hasDependants,
      hours_to_care_arrangement: f.hoursToCareArrangement,
      has_case: f.hasCase,
      legal_representation: f.legalRepresentation,
      pretrial_detention_orders: f.pretrialDetentionOrders,
      pretrial_orders_with_family_inquiry: f.pretrialOrdersWithFamilyInquiry,
      child_visits: f.childVisits,
      child_visits_charged: f.childVisitsCharged,
    }));
    await sql.query(
      `INSERT INTO child_welfare.person_indicators (person_id, province, facility_id, sex, arrest_id, arrested_at, dependants_asked, has_dependants,
         hours_to_care_arrangement, has_case, legal_representation, pretrial_detention_orders, pretrial_orders_with_family_inquiry,
         child_visits, child_visits_charged, updated_at)
       SELECT person_id, province, facility_id, sex, arrest_id, arrested_at, dependants_asked, has_dependants, hours_to_care_arrangement, has_case,
              legal_representation, pretrial_detention_orders, pretrial_orders_with_family_inquiry, child_visits, child_visits_charged, now()
         FROM jsonb_to_recordset($1::jsonb) AS f(person_id text, province text, facility_id text, sex text, arrest_id uuid, arrested_at timestamptz,
              dependants_asked boolean, has_dependants boolean, hours_to_care_arrangement double precision, has_case boolean,
              legal_representation boolean, pretrial_detention_orders int, pretrial_orders_with_family_inquiry int, child_visits int,
              child_visits_charged int)
        ORDER BY person_id
       ON CONFLICT (person_id) DO UPDATE SET province = EXCLUDED.province, facility_id = EXCLUDED.facility_id, sex = EXCLUDED.sex,
         arrest_id = EXCLUDED.arrest_id, arrested_at = EXCLUDED.arrested_at, dependants_asked = EXCLUDED.dependants_asked,
         has_dependants = EXCLUDED.has_dependants, hours_to_care_arrangement = EXCLUDED.hours_to_care_arrangement, has_case = EXCLUDED.has_case,
         legal_representation = EXCLUDED.legal_representation, pretrial_detention_orders = EXCLUDED.pretrial_detention_orders,
         pretrial_orders_with_family_inquiry = EXCLUDED.pretrial_orders_with_family_inquiry, child_visits = EXCLUDED.child_visits,
         child_visits_charged = EXCLUDED.child_visits_charged, updated_at = EXCLUDED.updated_at`,
      [JSON.stringify(rows)],
    );
    return all;
  }
}
