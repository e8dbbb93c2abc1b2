import { createHash } from 'node:crypto';
import type { ChildJourneyChanged, ChildJourneyChangedData } from '@safeguard/contracts';
import { type EventStore, jsonColumn, type Sql } from '@safeguard/event-store';
import { SAFEGUARD_RULES_ACTOR, type OutcomeContext } from '../alerts/alert-book';
import type { PersonFile } from '../person-file/person-file';
import type { ChildJourney, FamilyJourney, Jurisdiction } from './family-journey';
import { projectFamilyJourney } from './project-family-journey';

/** The outcomes' context, and the jurisdiction whose zone and words the journey's lines are in (the policy's). */
export interface JourneyContext extends OutcomeContext {
  readonly jurisdiction: Jurisdiction;
}

export const childJourneyStreamId = (childKey: string) => `child-journey-${childKey}`;

/**
 * Keeps the journeys derived from a person's file (one row per child, one per parent) and tells
 * integrators of each change that matters to them. Rows are replaced as a whole: the file, not
 * the last event, is the truth, so any order of arrival ends in the same rows.
 */
export class JourneyBook {
  /** A rebuild replays history silently and announces only the difference at the end. */
  publishing = true;

  constructor(private readonly store: EventStore) {}

  async save(sql: Sql, file: PersonFile, context: JourneyContext): Promise<FamilyJourney> {
    const family = projectFamilyJourney(file, context.jurisdiction);
    const updatedAt = context.now.toISOString();
    const { parent } = family;
    await sql.query(
      `INSERT INTO child_welfare.parents (person_id, stage, facility_id, province, journey, review_flags, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (person_id) DO UPDATE SET stage = EXCLUDED.stage, facility_id = EXCLUDED.facility_id, province = EXCLUDED.province,
         journey = EXCLUDED.journey, review_flags = EXCLUDED.review_flags, updated_at = EXCLUDED.updated_at`,
      [parent.personId, parent.stage, parent.facilityId, parent.province, JSON.stringify(parent), JSON.stringify(family.reviewFlags), updatedAt],
    );
    const keys = family.children.map((c) => c.childKey);
    const gone = await sql.query<{ child_key: string }>(
      `DELETE FROM child_welfare.children WHERE person_id = $1 AND NOT (child_key = ANY($2::text[])) RETURNING child_key`,
      [parent.personId, keys],
    );
    for (const child of family.children) {
      await sql.query(
        `INSERT INTO child_welfare.children (child_key, person_id, child_ids, stage, location_type, facility_id, province, last_contact_at, review_flags, journey, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (child_key) DO UPDATE SET person_id = EXCLUDED.person_id, child_ids = EXCLUDED.child_ids, stage = EXCLUDED.stage,
           location_type = EXCLUDED.location_type, facility_id = EXCLUDED.facility_id, province = EXCLUDED.province,
           last_contact_at = EXCLUDED.last_contact_at, review_flags = EXCLUDED.review_flags, journey = EXCLUDED.journey, updated_at = EXCLUDED.updated_at`,
        [child.childKey, child.personId, JSON.stringify(child.childIds), child.stage, child.location?.type ?? null, child.facilityId, child.province,
          child.contact.lastContactAt, child.reviewFlags.length, JSON.stringify(child), updatedAt],
      );
    }
    if (this.publishing) {
      const changedAt = file.facts[file.facts.length - 1]?.occurredAt ?? updatedAt;
      for (const child of family.children) await this.announce(sql, publicViewOf(child, changedAt), context);
      for (const { child_key } of gone) {
        const successor = family.children.find((c) => c.childIds.includes(child_key))?.childKey ?? null;
        await this.announce(sql, { ...emptyView(child_key, parent.personId, changedAt), supersededBy: successor }, context);
      }
    }
    return family;
  }

  /** Publishes the journeys whose public view differs from the last one announced: the end of a rebuild. */
  async announceDifferences(sql: Sql, context: OutcomeContext): Promise<number> {
    const rows = await sql.query<{ journey: ChildJourney | string }>(`SELECT journey FROM child_welfare.children ORDER BY child_key`);
    let announced = 0;
    for (const row of rows) {
      const child = jsonColumn<ChildJourney>(row.journey);
      const changedAt = child.timeline[child.timeline.length - 1]?.at ?? context.now.toISOString();
      if (await this.announce(sql, publicViewOf(child, changedAt), { ...context, personId: child.personId })) announced++;
    }
    return announced;
  }

  private async announce(sql: Sql, view: ChildJourneyChangedData, context: OutcomeContext): Promise<boolean> {
    // The event time of the latest fact is not part of what changed: the same journey re-derived is no news.
    const { changedAt: _changedAt, ...substance } = view;
    const digest = createHash('sha256').update(JSON.stringify(substance)).digest('hex');
    const [last] = await sql.query<{ version: number; digest: string }>(
      `SELECT version, digest FROM child_welfare.journey_publications WHERE child_key = $1 FOR UPDATE`,
      [view.childKey],
    );
    if (last?.digest === digest) return false;
    const event: ChildJourneyChanged = { type: 'ChildJourneyChanged', data: view };
    const version = last?.version ?? 0;
    await this.store.append(sql, childJourneyStreamId(view.childKey), version, [event], {
      correlationId: context.correlationId,
      causationId: context.causationId,
      actor: SAFEGUARD_RULES_ACTOR,
    });
    await sql.query(
      `INSERT INTO child_welfare.journey_publications (child_key, version, digest) VALUES ($1, $2, $3)
       ON CONFLICT (child_key) DO UPDATE SET version = EXCLUDED.version, digest = EXCLUDED.digest`,
      [view.childKey, version + 1, digest],
    );
    return true;
  }
}

/** What integrators may know of a child: references, stages and dates, no names. */
export function publicViewOf(child: ChildJourney, changedAt: string): ChildJourneyChangedData {
  const lastStage = child.stageHistory[child.stageHistory.length - 1] ?? null;
  return {
    childKey: child.childKey,
    personId: child.personId,
    childIds: [...child.childIds],
    stage: child.stage,
    stageSince: lastStage?.since ?? null,
    locationType: child.location?.type ?? null,
    locationSince: child.location?.since ?? null,
    facilityId: child.facilityId,
    province: child.province,
    recordedBy: [...child.recordedBy],
    lastContactAt: child.contact.lastContactAt,
    reviewFlags: child.reviewFlags.length,
    keyDates: child.keyDates.map((d) => ({ kind: d.kind, at: d.at, familyTold: d.familyTold })),
    supersededBy: null,
    changedAt,
  };
}

function emptyView(childKey: string, personId: string, changedAt: string): ChildJourneyChangedData {
  return {
    childKey, personId, childIds: [], stage: null, stageSince: null, locationType: null, locationSince: null, facilityId: null, province: null,
    recordedBy: [], lastContactAt: null, reviewFlags: 0, keyDates: [], supersededBy: null, changedAt,
  };
}
