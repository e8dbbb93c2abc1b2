/**
 * Safeguard proved: `dependants-not-asked-at-arrest` (LICADHO 2015: police rarely asked arrested
 * mothers about their children; California Penal Code §851.5(a) gives 3 hours for the phone calls, our benchmark).
 * The same story runs in the embedded mode (PGlite, database log) and in Kafka mode (real
 * PostgreSQL, real Kafka broker): arrest → stored → delivered → deadline passes → alert →
 * late screening → alert resolved with how late it was.
 */
import { randomUUID } from 'node:crypto';
import { bearer, DevKeys } from '@safeguard/platform';
import { describeWithKafka } from './support/environment';
import { eventually } from './support/eventually';
import { SafeguardSystem, type SystemMode } from './support/safeguard-system';
import { teardown } from './support/teardown';

const HOUR = 3_600_000;
const police = bearer(DevKeys.policePhnomPenh);
const monitor = bearer(DevKeys.monitor);

function arrestBody(arrestedAt: Date, personId: string) {
  return {
    person: { personId, name: 'Chan Sreyneang', sex: 'female', estimatedAgeYears: 29, nationality: 'KH', homeProvince: 'Kandal' },
    arrestedAt: arrestedAt.toISOString(),
    place: 'Market stall, Takhmao',
    province: 'Kandal',
    arrestingUnitType: 'police',
    suspectedOffence: { name: 'Theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, violent: false, drugRelated: false },
    circumstances: { childrenPresent: 1, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
  };
}

function screeningBody(askedAt: Date) {
  return {
    askedAt: askedAt.toISOString(),
    askedBy: 'officer-17',
    answer: 'has-dependants',
    pregnancy: 'not-pregnant',
    numberOfChildren: 2,
    consentToRecordChildDetails: false,
    children: [],
  };
}

function story(mode: SystemMode) {
  let system: SafeguardSystem;
  // Arrests four hours ago by the real clock, so a screening 3.5 h after the arrest is in the past.
  const arrestedAt = new Date(Date.now() - 4 * HOUR);

  beforeAll(async () => {
    system = await SafeguardSystem.start(mode, new Date(arrestedAt.getTime() + HOUR));
  }, 120_000);
  afterAll(() => teardown(system), 60_000);

  // In Kafka mode the agency topics also hold other suites' arrests, which this fresh service
  // applies too: each arrest here is of a person of this run, and alerts are listed for her.
  const run = randomUUID().slice(0, 8);
  const personOf = new Map<string, string>();

  async function recordArrest(person: string): Promise<string> {
    const personId = `${person}-${run}`;
    const res = await system.http('arrest').post('/arrests').set(police).send(arrestBody(arrestedAt, personId)).expect(201);
    const arrestId: string = res.body.arrestId;
    personOf.set(arrestId, personId);
    await eventually(async () => {
      const rows = await system.childWelfareDb.query(`SELECT 1 FROM child_welfare.deadlines WHERE subject_key = $1`, [arrestId]);
      return rows.length > 0 ? true : undefined;
    }, `the child-welfare service to schedule the screening deadline of ${arrestId}`);
    return arrestId;
  }

  async function alertsFor(arrestId: string) {
    const res = await system
      .http('childWelfare')
      .get('/alerts')
      .query({ ruleId: 'dependants-not-asked-at-arrest', personId: personOf.get(arrestId) })
      .set(monitor)
      .expect(200);
    return res.body.items.filter((a: { arrestId: string }) => a.arrestId === arrestId);
  }

  it('raises the alert when nobody asked about dependants within 3 hours, and resolves it when the answer comes late', async () => {
    const arrestId = await recordArrest('person-late-screening');
    expect(await alertsFor(arrestId)).toEqual([]);

    system.clock.set(new Date(arrestedAt.getTime() + 3 * HOUR + 60_000));
    const [raised] = await eventually(async () => {
      const alerts = await alertsFor(arrestId);
      return alerts.length > 0 ? alerts : undefined;
    }, 'the alert to be raised');
    expect(raised).toMatchObject({
      status: 'open',
      severity: 'high',
      responsibleAgency: 'police',
      responsibleUnitId: 'PP-ANTI-DRUG',
      province: 'Kandal',
      dueAt: new Date(arrestedAt.getTime() + 3 * HOUR).toISOString(),
      legalBasis: expect.stringContaining('§851.5(a)'),
    });

    await system
      .http('arrest')
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .send(screeningBody(new Date(arrestedAt.getTime() + 3.5 * HOUR)))
      .expect(201);

    const resolved = await eventually(async () => {
      const res = await system.http('childWelfare').get(`/alerts/${raised.alertId}`).set(monitor).expect(200);
      return res.body.status === 'resolved' ? res.body : undefined;
    }, 'the alert to be resolved');
    expect(resolved).toMatchObject({ resolution: 'fact-recorded-late', lateByMinutes: 30 });
  }, 60_000);

  it('raises nothing when she was asked in time', async () => {
    system.clock.set(new Date(arrestedAt.getTime() + HOUR));
    const arrestId = await recordArrest('person-asked-in-time');
    await system
      .http('arrest')
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .send(screeningBody(new Date(arrestedAt.getTime() + 2 * HOUR)))
      .expect(201);
    await eventually(async () => {
      const rows = await system.childWelfareDb.query<{ status: string }>(`SELECT status FROM child_welfare.deadlines WHERE subject_key = $1`, [
        arrestId,
      ]);
      return rows.at(0)?.status === 'cancelled' ? true : undefined;
    }, 'the deadline to be cancelled');

    system.clock.set(new Date(arrestedAt.getTime() + 5 * HOUR));
    await system.sweepDeadlines();

    expect(await alertsFor(arrestId)).toEqual([]);
  }, 60_000);
}

describe('dependants-not-asked-at-arrest, embedded mode [PGlite, database log]', () => story('embedded'));
describeWithKafka('dependants-not-asked-at-arrest, Kafka mode [real PostgreSQL]', () => story('kafka'));
