import type { Sql } from '@safeguard/event-store';
import type { PersonFile } from '../person-file/person-file';
import { indicatorFactsOf, type IndicatorFacts } from './indicator-facts';

/**
 * Keeps each person's indicator facts, derived from her whole file and replaced as a whole, in
 * the transaction that kept the fact: the indicators never lag the alerts they are read with.
 */
export class IndicatorBook {
  async save(sql: Sql, file: PersonFile): Promise<IndicatorFacts> {
    const f = indicatorFactsOf(file);
    await sql.query(
      `INSERT INTO child_welfare.person_indicators (person_id, province, facility_id, sex, arrest_id, arrested_at, dependants_asked, has_dependants,
         hours_to_care_arrangement, has_case, legal_representation, pretrial_detention_orders, pretrial_orders_with_family_inquiry,
         child_visits, child_visits_charged, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, now())
       ON CONFLICT (person_id) DO UPDATE SET province = EXCLUDED.province, facility_id = EXCLUDED.facility_id, sex = EXCLUDED.sex,
         arrest_id = EXCLUDED.arrest_id, arrested_at = EXCLUDED.arrested_at, dependants_asked = EXCLUDED.dependants_asked,
         has_dependants = EXCLUDED.has_dependants, hours_to_care_arrangement = EXCLUDED.hours_to_care_arrangement, has_case = EXCLUDED.has_case,
         legal_representation = EXCLUDED.legal_representation, pretrial_detention_orders = EXCLUDED.pretrial_detention_orders,
         pretrial_orders_with_family_inquiry = EXCLUDED.pretrial_orders_with_family_inquiry, child_visits = EXCLUDED.child_visits,
         child_visits_charged = EXCLUDED.child_visits_charged, updated_at = EXCLUDED.updated_at`,
      [f.personId, f.province, f.facilityId, f.sex, f.arrestId, f.arrestedAt, f.dependantsAsked, f.hasDependants, f.hoursToCareArrangement, f.hasCase,
        f.legalRepresentation, f.pretrialDetentionOrders, f.pretrialOrdersWithFamilyInquiry, f.childVisits, f.childVisitsCharged],
    );
    return f;
  }
}
