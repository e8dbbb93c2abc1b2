/**
 * An agency's work queue (LICADHO 2015: nobody asked the mothers about their children at
 * arrest; the police unit that must ask never heard it had not). The police unit that must act
 * reads the alert on GET /alerts and GET /alerts/{id} with its own credential, without the
 * monitor's note; another police unit and a prison read nothing of it; the unit records the
 * screening in its own service and the alert leaves its open queue resolved, with how late.
 * Embedded mode and Kafka mode.
 */
import { randomUUID } from 'node:crypto';
import { bearer, DevKeys } from '@safeguard/platform';
import { describeWithKafka } from './support/environment';
import { eventually } from './support/eventually';
import { SafeguardSystem, type SystemMode } from './support/safeguard-system';
import { teardown } from './support/teardown';
import { anArrestBody, aScreeningWithoutChildDetails } from './support/arrest-requests';

const HOUR = 3_600_000;
const police = bearer(DevKeys.policePhnomPenh);
const otherPolice = bearer(DevKeys.policeBattambang);
const prison = bearer(DevKeys.prisonCc2);
const monitor = bearer(DevKeys.monitor);

function story(mode: SystemMode) {
  let system: SafeguardSystem;
  const arrestedAt = new Date(Date.now() - 4 * HOUR);
  const personId = `person-queue-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    system = await SafeguardSystem.start(mode, new Date(arrestedAt.getTime() + HOUR));
  }, 120_000);
  afterAll(() => teardown(system), 60_000);

  const queueOf = async (credential: { Authorization: string }) =>
    (await system.http('childWelfare').get('/alerts').query({ personId }).set(credential).expect(200)).body.items as {
      alertId: string;
      ruleId: string;
      status: string;
      responsibleUnitId: string;
      acknowledgementNote: string | null;
      lateByMinutes: number | null;
    }[];

  it('shows the unit that must act its alert, and nobody else’s; the fact it records resolves it there', async () => {
    const arrest = { ...anArrestBody(), person: { ...anArrestBody().person, personId }, arrestedAt: arrestedAt.toISOString() };
    const { arrestId } = (await system.http('arrest').post('/arrests').set(police).send(arrest).expect(201)).body;
    await eventually(
      async () =>
        (await system.childWelfareDb.query(`SELECT 1 FROM child_welfare.deadlines WHERE subject_key = $1`, [arrestId])).length > 0 ? true : undefined,
      'the deadline',
      60_000,
    );
    system.clock.set(new Date(arrestedAt.getTime() + 3 * HOUR + 60_000));
    await system.sweepDeadlines();
    const screening = await eventually(
      async () => (await queueOf(police)).find((a) => a.ruleId === 'dependants-not-asked-at-arrest'),
      'the alert in the unit’s queue',
      60_000,
    );
    expect(screening).toMatchObject({ status: 'open', responsibleUnitId: 'PP-ANTI-DRUG' });
    expect((await queueOf(police)).every((a) => a.responsibleUnitId === 'PP-ANTI-DRUG')).toBe(true);

    // A monitor takes it on: the unit sees that it was, not what the monitor wrote.
    await system
      .http('childWelfare')
      .post(`/alerts/${screening.alertId}/acknowledgement`)
      .set(monitor)
      .send({ note: 'Called the aunt, Srey Mom' })
      .expect(201);
    const seen = (await system.http('childWelfare').get(`/alerts/${screening.alertId}`).set(police).expect(200)).body;
    expect(seen).toMatchObject({ status: 'acknowledged', acknowledgementNote: null, acknowledgedBy: null });
    // The unit does not acknowledge or resolve by hand.
    await system.http('childWelfare').post(`/alerts/${screening.alertId}/resolution`).set(police).send({ reason: 'done' }).expect(403);

    // Another police unit and a prison: nothing of it, not even by its id.
    expect(await queueOf(otherPolice)).toEqual([]);
    expect(await queueOf(prison)).toEqual([]);
    await system.http('childWelfare').get(`/alerts/${screening.alertId}`).set(otherPolice).expect(404);

    // The unit records the screening in its own service: the alert resolves itself, with how late.
    await system
      .http('arrest')
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .send(aScreeningWithoutChildDetails(new Date(arrestedAt.getTime() + 3.5 * HOUR)))
      .expect(201);
    const resolved = await eventually(
      async () => (await queueOf(police)).find((a) => a.alertId === screening.alertId && a.status === 'resolved'),
      'the alert resolved in the queue',
    );
    expect(resolved).toMatchObject({ lateByMinutes: 30 });
    const open = (await system.http('childWelfare').get('/alerts').query({ personId, status: 'open' }).set(police).expect(200)).body.items as {
      alertId: string;
    }[];
    expect(open.map((a) => a.alertId)).not.toContain(screening.alertId);
  }, 150_000);
}

describe('an agency’s work queue, embedded mode [PGlite, database log]', () => story('embedded'));
describeWithKafka('an agency’s work queue, Kafka mode [real PostgreSQL]', () => story('kafka'));
