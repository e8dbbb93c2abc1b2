import { createHash } from 'node:crypto';
import type { ChildJourneyChanged, ChildJourneyChangedData } from '@safeguard/contracts';
import type { AppendMetadata, EventStore, Sql } from '@safeguard/event-store';
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
  constructor(private readonly store: EventStore) {}

  async save(sql: Sql, file: PersonFile, context: JourneyContext): Promise<FamilyJourney> {
    const [family] = await this.saveEach(sql, [{ file, context }]);
    return family;
  }

  /**
   * `save` for several people's files in one transaction (a rebuild judges many at once), a
   * statement per table whatever their number: the parents, the children gone from each file,
   * the children, then the announcements, decided one after another on each journey's stream.
   */
  async saveEach(sql: Sql, judged: ReadonlyArray<{ file: PersonFile; context: JourneyContext }>): Promise<FamilyJourney[]> {
    if (judged.length === 0) return [];
    const families = judged.map(({ file, context }) => projectFamilyJourney(file, context.jurisdiction));
    const updatedAt = (i: number) => judged[i].context.now.toISOString();
    await sql.query(
      `INSERT INTO child_welfare.parents (person_id, stage, facility_id, province, journey, review_flags, updated_at)
       SELECT person_id, stage, facility_id, province, journey, review_flags, updated_at
         FROM jsonb_to_recordset($1::jsonb) AS p(person_id text, stage text, facility_id text, province text, journey jsonb, review_flags jsonb, updated_at timestamptz)
        ORDER BY person_id
       ON CONFLICT (person_id) DO UPDATE SET stage = EXCLUDED.stage, facility_id = EXCLUDED.facility_id, province = EXCLUDED.province,
         journey = EXCLUDED.journey, review_flags = EXCLUDED.review_flags, updated_at = EXCLUDED.updated_at`,
      [
        JSON.stringify(
          families.map(({ parent, reviewFlags }, i) => ({
            person_id: parent.personId,
            stage: parent.stage,
            facility_id: parent.facilityId,
            province: parent.province,
            journey: parent,
            review_flags: reviewFlags,
            updated_at: updatedAt(i),
          })),
        ),
      ],
    );
    const gone = await sql.query<{ person_id: string; child_key: string }>(
      `DELETE FROM child_welfare.children c USING jsonb_to_recordset($1::jsonb) AS k(person_id text, keys jsonb)
        WHERE c.person_id = k.person_id AND NOT (k.keys ? c.child_key)
       RETURNING c.person_id, c.child_key`,
      [JSON.stringify(families.map(({ parent, children }) => ({ person_id: parent.personId, keys: children.map((c) => c.childKey) })))],
    );
    // One row per child: should two parents' files name the same child, the later one's, as saved one after the other.
    const children = new Map<string, Record<string, unknown>>();
    families.forEach(({ children: own }, i) => {
      for (const child of own) {
        children.set(child.childKey, {
          child_key: child.childKey,
          person_id: child.personId,
          child_ids: child.childIds,
          stage: child.stage,
          location_type: child.location?.type ?? null,
          facility_id: child.facilityId,
          province: child.province,
          last_contact_at: child.contact.lastContactAt,
          review_flags: child.reviewFlags.length,
          journey: child,
          updated_at: updatedAt(i),
        });
      }
    });
    if (children.size > 0) {
      await sql.query(
        `INSERT INTO child_welfare.children (child_key, person_id, child_ids, stage, location_type, facility_id, province, last_contact_at, review_flags, journey, updated_at)
         SELECT child_key, person_id, child_ids, stage, location_type, facility_id, province, last_contact_at, review_flags, journey, updated_at
           FROM jsonb_to_recordset($1::jsonb) AS c(child_key text, person_id text, child_ids jsonb, stage text, location_type text, facility_id text,
                province text, last_contact_at timestamptz, review_flags int, journey jsonb, updated_at timestamptz)
          ORDER BY child_key
         ON CONFLICT (child_key) DO UPDATE SET person_id = EXCLUDED.person_id, child_ids = EXCLUDED.child_ids, stage = EXCLUDED.stage,
           location_type = EXCLUDED.location_type, facility_id = EXCLUDED.facility_id, province = EXCLUDED.province,
           last_contact_at = EXCLUDED.last_contact_at, review_flags = EXCLUDED.review_flags, journey = EXCLUDED.journey, updated_at = EXCLUDED.updated_at`,
        [JSON.stringify([...children.values()])],
      );
    }
    // Announced only where the public view differs from the last one announced (a digest per
    // child): a rebuild, which judges each file once at its end, announces only what changed.
    const announcements = families.flatMap((family, i) => {
      const { file, context } = judged[i];
      const changedAt = file.facts[file.facts.length - 1]?.occurredAt ?? updatedAt(i);
      const left = gone.filter((g) => g.person_id === family.parent.personId);
      return [
        ...family.children.map((child) => ({ view: publicViewOf(child, changedAt), context })),
        ...left.map(({ child_key }) => {
          const successor = family.children.find((c) => c.childIds.includes(child_key))?.childKey ?? null;
          return { view: { ...emptyView(child_key, family.parent.personId, changedAt), supersededBy: successor }, context };
        }),
      ];
    });
    await this.announce(sql, announcements);
    return families;
  }

  /** Appends a ChildJourneyChanged for each view whose substance differs from the last announced of its child. */
  private async announce(sql: Sql, announcements: ReadonlyArray<{ view: ChildJourneyChangedData; context: OutcomeContext }>): Promise<void> {
    if (announcements.length === 0) return;
    const keys = [...new Set(announcements.map((a) => a.view.childKey))];
    const last = await sql.query<{ child_key: string; version: number; digest: string }>(
      `SELECT child_key, version, digest FROM child_welfare.journey_publications WHERE child_key = ANY($1::text[]) ORDER BY child_key FOR UPDATE`,
      [keys],
    );
    const published = new Map(last.map((r) => [r.child_key, { read: r.version, version: r.version, digest: r.digest }]));
    const appends = new Map<string, { expectedVersion: number; events: ChildJourneyChanged[]; metadata: AppendMetadata }>();
    for (const { view, context } of announcements) {
      const digest = digestOf(view);
      const stream = published.get(view.childKey) ?? { read: 0, version: 0, digest: '' };
      if (stream.digest === digest) continue;
      published.set(view.childKey, { read: stream.read, version: stream.version + 1, digest });
      const streamId = childJourneyStreamId(view.childKey);
      const append = appends.get(streamId) ?? {
        expectedVersion: stream.read,
        events: [],
        metadata: { correlationId: context.correlationId, causationId: context.causationId, actor: SAFEGUARD_RULES_ACTOR },
      };
      append.events.push({ type: 'ChildJourneyChanged', data: view });
      appends.set(streamId, append);
    }
    if (appends.size === 0) return;
    await this.store.appendEach(
      sql,
      [...appends].map(([streamId, a]) => ({ streamId, ...a })),
    );
    const changed = [...published]
      .filter(([, p]) => p.version !== p.read)
      .map(([child_key, p]) => ({ child_key, version: p.version, digest: p.digest }));
    await sql.query(
      `INSERT INTO child_welfare.journey_publications (child_key, version, digest)
       SELECT child_key, version, digest FROM jsonb_to_recordset($1::jsonb) AS p(child_key text, version int, digest text) ORDER BY child_key
       ON CONFLICT (child_key) DO UPDATE SET version = EXCLUDED.version, digest = EXCLUDED.digest`,
      [JSON.stringify(changed)],
    );
  }
}

/** The event time of the latest fact is not part of what changed: the same journey re-derived is no news. */
function digestOf(view: ChildJourneyChangedData): string {
  const { changedAt: _changedAt, ...substance } = view;
  return createHash('sha256').update(JSON.stringify(substance)).digest('hex');
}

/** What integrators may know of a child: references, stages and dates, no names. */
export function publicViewOf(child: ChildJourney, changedAt: string): ChildJourneyChangedData {
  const lastStage = child.stageHistory.at(-1);
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
    childKey,
    personId,
    childIds: [],
    stage: null,
    stageSince: null,
    locationType: null,
    locationSince: null,
    facilityId: null,
    province: null,
    recordedBy: [],
    lastContactAt: null,
    reviewFlags: 0,
    keyDates: [],
    supersededBy: null,
    changedAt,
  };
}
