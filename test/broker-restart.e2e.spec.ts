/**
 * Nothing accepted is lost when the broker goes away: an arrest posted while Kafka is down is
 * accepted (it is in PostgreSQL, with its outbox row), and reaches the child-welfare service once
 * the broker is back. Runs only against the broker that deploy/local/kafka.sh manages, which it
 * stops and starts; CI's broker is that one.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Database } from '@safeguard/event-store';
import { bearer, DevKeys } from '@safeguard/platform';
import { kafkaAvailable } from './support/environment';
import { eventually } from './support/eventually';
import { SafeguardSystem } from './support/safeguard-system';
import { teardown } from './support/teardown';

const kafkaScript = join(__dirname, '..', 'deploy', 'local', 'kafka.sh');

function managedBrokerRunning(): boolean {
  if (!kafkaAvailable()) return false;
  try {
    execFileSync('bash', [kafkaScript, 'status'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const describeWithManagedBroker = managedBrokerRunning() ? describe : describe.skip;

describeWithManagedBroker('a broker restart [real Kafka broker, real PostgreSQL]', () => {
  let system: SafeguardSystem;
  const arrestedAt = new Date(Date.now() - 60 * 60_000);

  beforeAll(async () => {
    system = await SafeguardSystem.start('kafka', arrestedAt);
  }, 120_000);
  afterAll(async () => {
    // Whatever happened above, leave the broker running for the suites after this one.
    execFileSync('bash', [kafkaScript, 'up'], { stdio: 'ignore' });
    await teardown(system);
  }, 180_000);

  it('delivers an arrest accepted while the broker was down once it is back', async () => {
    execFileSync('bash', [kafkaScript, 'down'], { stdio: 'ignore' });

    const res = await system
      .http('arrest')
      .post('/arrests')
      .set(bearer(DevKeys.policePhnomPenh))
      .send({
        person: {
          personId: 'person-broker-restart',
          name: 'Keo Sreymom',
          sex: 'female',
          estimatedAgeYears: 27,
          nationality: 'KH',
          homeProvince: 'Takeo',
        },
        arrestedAt: arrestedAt.toISOString(),
        place: 'Takeo market',
        province: 'Takeo',
        arrestingUnitType: 'police',
        suspectedOffence: { name: 'Theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, violent: false, drugRelated: false },
        circumstances: { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
      })
      .expect(201);
    const arrestId: string = res.body.arrestId;
    const waiting = await system.arrest.get(Database).query<{ n: number }>(`SELECT count(*)::int AS n FROM arrest.outbox`);
    expect(waiting[0].n).toBeGreaterThanOrEqual(1);

    execFileSync('bash', [kafkaScript, 'up'], { stdio: 'ignore' });
    await eventually(
      async () => {
        const rows = await system.childWelfareDb.query(`SELECT 1 FROM child_welfare.deadlines WHERE subject_key = $1`, [arrestId]);
        return rows.length > 0 ? true : undefined;
      },
      'the arrest to reach the child-welfare service after the broker restart',
      120_000,
      250,
    );
  }, 180_000);
});
