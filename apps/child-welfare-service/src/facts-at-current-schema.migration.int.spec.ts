/**
 * A child-welfare service upgraded past the v2 contracts finds facts it kept at v1: the migration
 * brings them to the current version, so its journeys read them as they read facts kept since.
 */
import { randomUUID } from 'node:crypto';
import { upcast } from '@safeguard/contracts';
import { anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { aPersonAdmitted } from '@safeguard/contracts/testing/prison-fixtures';
import { aDependantsScreeningV1, aVisitTookPlaceV1, type V1Fact } from '@safeguard/contracts/testing/v1-fixtures';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from '../../../test/support/service-app';
import { ChildWelfareServiceModule } from './child-welfare-service.module';
import { upcastKeptFacts } from './facts-at-current-schema.migration';
import { contactSummary } from './journeys/child-contact';
import { loadPersonFile } from './person-file/person-file-store';

describe('facts kept at v1 before the upgrade [PGlite]', () => {
  let app: ServiceApp;
  beforeAll(async () => {
    app = await startServiceApp(ChildWelfareServiceModule.forRoot(EMBEDDED_CONFIG, { followAgencies: false }));
  }, 60_000);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
  afterAll(() => app?.close());

  const arrest = anArrestMade();
  const personId = arrest.data.person.personId;
  const admission = aPersonAdmitted({ personId });
  const screening = aDependantsScreeningV1(arrest.data);
  const visit = aVisitTookPlaceV1(admission.data);
  const kept: { fact: V1Fact | { type: 'ArrestMade'; schemaVersion: 1; data: typeof arrest.data }; agency: string; at: string }[] = [
    { fact: { type: 'ArrestMade', schemaVersion: 1, data: arrest.data }, agency: 'police', at: arrest.data.arrestedAt },
    { fact: screening, agency: 'police', at: screening.data.askedAt },
    { fact: visit, agency: 'prison', at: visit.data.visitedAt },
  ];

  /** As the service before the upgrade kept them: the data as it arrived, no version. */
  async function keepAsBefore(): Promise<string[]> {
    const ids: string[] = [];
    for (const { fact, agency, at } of kept) {
      const eventId = randomUUID();
      ids.push(eventId);
      await app.db.query(
        `INSERT INTO child_welfare.facts (event_id, person_id, type, agency, unit_id, occurred_at, received_at, data) VALUES ($1, $2, $3, $4, NULL, $5, $5, $6)`,
        [eventId, personId, fact.type, agency, at, JSON.stringify(fact.data)],
      );
    }
    return ids;
  }

  it('brings every kept fact of a changed type to the current version and leaves the others as they were', async () => {
    await keepAsBefore();
    expect(await upcastKeptFacts(app.db)).toBe(2);
    const file = await loadPersonFile(app.db, personId);
    expect(file.facts.map((f) => f.data)).toEqual(kept.map(({ fact }) => upcast(fact.type, 1, fact.data).data));
  });

  it('lets the journeys read a kept v1 visit as the contact it was', async () => {
    const child = { childIds: [visit.data.childId!], recordedByPolice: false };
    const file = await loadPersonFile(app.db, personId);
    expect(contactSummary(file.facts, child)).toMatchObject({ visits: 1, calls: 0, lastContactAt: visit.data.visitedAt });
  });
});
