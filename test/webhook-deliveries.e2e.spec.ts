/**
 * Alerts reach whoever must act, by webhook: a police unit, an integrator and another unit
 * subscribe; an arrest goes unscreened past its 3 hours; the unit's receiver gets the signed
 * alert (its first answer a 500, so the delivery is retried, with the same delivery id), the
 * integrator's gets it without the monitor's note, the other unit's gets nothing; the late
 * screening resolves the alert and that is delivered too. Embedded mode and Kafka mode.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearer, DevKeys } from '@safeguard/platform';
import { WebhookDispatcher } from '../apps/child-welfare-service/src/notifications/webhooks/webhook-dispatcher';
import { aScreeningWithoutChildDetails } from './support/arrest-requests';
import { describeWithKafka } from './support/environment';
import { eventually } from './support/eventually';
import { SafeguardSystem, type SystemMode } from './support/safeguard-system';
import { teardown } from './support/teardown';

const HOUR = 3_600_000;
const police = bearer(DevKeys.policePhnomPenh);
const otherPolice = bearer(DevKeys.policeBattambang);
const integrator = bearer(DevKeys.integrator);
const monitor = bearer(DevKeys.monitor);

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly raw: string;
  readonly body: { deliveryId: string; kind: string; alert: Record<string, unknown> };
}

/** A receiver on this machine: keeps every request, answers 204, or 500 to the first try of each delivery `failsFirst` picks. */
class Receiver {
  readonly received: Received[] = [];
  private readonly server: Server;
  private readonly seen = new Set<string>();

  constructor(failsFirst: (body: Received['body']) => boolean = () => false) {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (raw += chunk));
      req.on('end', () => {
        const received: Received = { headers: req.headers, raw, body: JSON.parse(raw) };
        this.received.push(received);
        const firstTry = !this.seen.has(received.body.deliveryId);
        this.seen.add(received.body.deliveryId);
        res.statusCode = firstTry && failsFirst(received.body) ? 500 : 204;
        res.end();
      });
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  about(alertId: string): Received[] {
    return this.received.filter((r) => r.body.alert.alertId === alertId);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** What a receiver does, written from the README and not with the service's own code. */
function signedBy(secret: string, r: Received): boolean {
  const parts = Object.fromEntries(
    [String(r.headers['safeguard-signature'])].flatMap((h) => h.split(',')).map((p) => p.split('=') as [string, string]),
  );
  const expected = createHmac('sha256', secret).update(`${parts.t}.${r.raw}`).digest('hex');
  return String(r.headers['safeguard-signature'])
    .split(',')
    .some((p) => p === `v1=${expected}`);
}

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

function story(mode: SystemMode) {
  let system: SafeguardSystem;
  const unit = new Receiver((b) => b.kind === 'alert-raised' && b.alert.ruleId === 'dependants-not-asked-at-arrest');
  const otherUnit = new Receiver();
  const integratorReceiver = new Receiver();
  const arrestedAt = new Date(Date.now() - 4 * HOUR);
  const personId = `person-webhook-${randomUUID().slice(0, 8)}`;
  let urls: { unit: string; otherUnit: string; integrator: string };

  beforeAll(async () => {
    process.env.SAFEGUARD_WEBHOOKS_ALLOW_HTTP = '1';
    urls = { unit: await unit.listen(), otherUnit: await otherUnit.listen(), integrator: await integratorReceiver.listen() };
    system = await SafeguardSystem.start(mode, new Date(arrestedAt.getTime() + HOUR));
  }, 120_000);
  afterAll(async () => {
    await teardown(system, unit, otherUnit, integratorReceiver);
    delete process.env.SAFEGUARD_WEBHOOKS_ALLOW_HTTP;
  }, 60_000);

  const welfare = () => system.http('childWelfare');
  const wakeSender = () => system.childWelfare.get(WebhookDispatcher).wake();

  it('delivers the alert, signed, to the unit that must act, retries after a 500, keeps notes from those who may not read them, and resolves it there too', async () => {
    // A police unit may hear only of its own unit's alerts.
    const refused = await welfare()
      .post('/subscriptions')
      .set(police)
      .send({ url: urls.unit, unitIds: ['CC2'] })
      .expect(400);
    expect(refused.body.code).toBe('SUBSCRIPTION.UNIT_NOT_YOURS');
    await welfare().post('/subscriptions').set(police).send({ url: 'http://user:pw@127.0.0.1/hook' }).expect(400);

    const subscribed = (await welfare().post('/subscriptions').set(police).send({ url: urls.unit }).expect(201)).body;
    expect(subscribed).toMatchObject({ unitIds: ['PP-ANTI-DRUG'], secret: expect.stringMatching(/^whsec_/) });
    await welfare().post('/subscriptions').set(otherPolice).send({ url: urls.otherUnit }).expect(201);
    const integratorSecret: string = (
      await welfare()
        .post('/subscriptions')
        .set(integrator)
        .send({ url: urls.integrator, ruleIds: ['dependants-not-asked-at-arrest'] })
        .expect(201)
    ).body.secret;
    // The secret is shown once: never in a listing.
    const listed = (await welfare().get('/subscriptions').set(police).expect(200)).body;
    expect(listed).toEqual([expect.objectContaining({ subscriptionId: subscribed.subscriptionId })]);
    expect(JSON.stringify(listed)).not.toContain(subscribed.secret);
    // Another credential finds no such subscription.
    await welfare().get(`/subscriptions/${subscribed.subscriptionId}/deliveries`).set(otherPolice).expect(404);

    const { arrestId } = (await system.http('arrest').post('/arrests').set(police).send(arrestBody(arrestedAt, personId)).expect(201)).body;
    await eventually(
      async () =>
        (await system.childWelfareDb.query(`SELECT 1 FROM child_welfare.deadlines WHERE subject_key = $1`, [arrestId])).length > 0 ? true : undefined,
      'the deadline',
    );
    system.clock.set(new Date(arrestedAt.getTime() + 3 * HOUR + 60_000));
    const alert = await eventually(
      async () => {
        const items = (await welfare().get('/alerts').query({ personId, ruleId: 'dependants-not-asked-at-arrest' }).set(monitor).expect(200)).body
          .items;
        return items[0] as { alertId: string } | undefined;
      },
      'the alert to be raised',
      60_000,
    ); // Kafka mode: a fresh service catches up with the topics' whole history first

    // The unit's receiver answered the first try with a 500: it is tried again, same delivery id, once the backoff (at most 30 s) has passed.
    const [first] = await eventually(
      async () => (unit.about(alert.alertId).length > 0 ? unit.about(alert.alertId) : undefined),
      'the first delivery to the unit',
    );
    expect(first.body).toMatchObject({
      kind: 'alert-raised',
      alert: { alertId: alert.alertId, responsibleUnitId: 'PP-ANTI-DRUG', ruleId: 'dependants-not-asked-at-arrest' },
    });
    expect(signedBy(subscribed.secret, first)).toBe(true);
    expect(signedBy('whsec_someone-else', first)).toBe(false);
    const log = async () =>
      (await welfare().get(`/subscriptions/${subscribed.subscriptionId}/deliveries`).set(police).expect(200)).body.items.find(
        (d: { alertId: string }) => d.alertId === alert.alertId,
      );
    await eventually(async () => ((await log())?.attempts.length === 1 ? true : undefined), 'the failed attempt in the delivery log');
    expect(await log()).toMatchObject({ status: 'pending', attempts: [{ attempt: 1, statusCode: 500 }] });

    system.clock.set(new Date(system.clock.now().getTime() + 31_000));
    wakeSender();
    const retried = await eventually(async () => (unit.about(alert.alertId).length >= 2 ? unit.about(alert.alertId)[1] : undefined), 'the retry');
    expect(retried.headers['safeguard-delivery-id']).toBe(first.headers['safeguard-delivery-id']);
    expect(retried.raw).toBe(first.raw);
    expect(signedBy(subscribed.secret, retried)).toBe(true);
    await eventually(async () => ((await log())?.status === 'delivered' ? true : undefined), 'the delivery to be marked delivered');
    expect((await log()).attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 204]);
    // The monitor sees who was told and when; an integrator may not.
    const told = (await welfare().get(`/alerts/${alert.alertId}/notifications`).set(monitor).expect(200)).body;
    expect(told.webhooks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          change: 'alert-raised',
          subscriber: { agency: 'police', role: 'police-officer', unitId: 'PP-ANTI-DRUG' },
          status: 'delivered',
          attempts: 2,
          lastStatusCode: 204,
        }),
        expect.objectContaining({ change: 'alert-raised', subscriber: expect.objectContaining({ role: 'integrator' }) }),
      ]),
    );
    expect(told.webhooks.filter((w: { subscriber: { unitId: string } }) => w.subscriber.unitId === 'BTB-PROVINCIAL')).toEqual([]);
    await welfare().get(`/alerts/${alert.alertId}/notifications`).set(integrator).expect(403);

    // A monitor takes the alert on with a note: the unit and the integrator hear of it, without the note or who wrote it.
    const note = 'Called the aunt, Srey Mom, who has the children at her house in Takhmao';
    await welfare().post(`/alerts/${alert.alertId}/acknowledgement`).set(monitor).send({ note }).expect(201);
    const acknowledged = await eventually(
      async () => integratorReceiver.about(alert.alertId).find((r) => r.body.kind === 'alert-acknowledged'),
      'the acknowledgement at the integrator',
    );
    expect(signedBy(integratorSecret, acknowledged)).toBe(true);
    expect(acknowledged.body.alert).toMatchObject({ status: 'acknowledged', acknowledgementNote: null, acknowledgedBy: null });
    const atUnit = await eventually(
      async () => unit.about(alert.alertId).find((r) => r.body.kind === 'alert-acknowledged'),
      'the acknowledgement at the unit',
    );
    for (const r of [acknowledged, atUnit]) expect(r.raw).not.toContain('Srey Mom');

    // The police record the screening: the alert resolves itself, and the unit hears that too.
    await system
      .http('arrest')
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .send(aScreeningWithoutChildDetails(new Date(arrestedAt.getTime() + 3.5 * HOUR)))
      .expect(201);
    const resolved = await eventually(
      async () => unit.about(alert.alertId).find((r) => r.body.kind === 'alert-resolved'),
      'the resolution at the unit',
    );
    expect(resolved.body.alert).toMatchObject({ status: 'resolved', resolution: 'fact-recorded-late', lateByMinutes: 30 });

    // Battambang's police must not act on a Phnom Penh arrest, and heard nothing of it.
    expect(otherUnit.about(alert.alertId)).toEqual([]);
  }, 150_000);

  it('signs with the old secret beside the new one for a day after a rotation, and sends nothing once the subscription ended', async () => {
    const receiver = new Receiver();
    try {
      const url = await receiver.listen();
      const { subscriptionId, secret: old } = (
        await welfare()
          .post('/subscriptions')
          .set(monitor)
          .send({ url, severities: ['high'] })
          .expect(201)
      ).body;
      const { secret: rotated } = (await welfare().post(`/subscriptions/${subscriptionId}/secret-rotation`).set(monitor).expect(201)).body;
      expect(rotated).not.toBe(old);

      const otherPerson = `${personId}-2`;
      system.clock.set(new Date(arrestedAt.getTime() + HOUR));
      const { arrestId } = (await system.http('arrest').post('/arrests').set(police).send(arrestBody(arrestedAt, otherPerson)).expect(201)).body;
      await eventually(
        async () =>
          (await system.childWelfareDb.query(`SELECT 1 FROM child_welfare.deadlines WHERE subject_key = $1`, [arrestId])).length > 0
            ? true
            : undefined,
        'the deadline',
      );
      system.clock.set(new Date(arrestedAt.getTime() + 3 * HOUR + 60_000));
      await system.sweepDeadlines();
      const raised = await eventually(
        async () => receiver.received.find((r) => r.body.alert.personId === otherPerson),
        'the delivery after the rotation',
      );
      expect([signedBy(rotated, raised), signedBy(old, raised)]).toEqual([true, true]);

      await welfare().delete(`/subscriptions/${subscriptionId}`).set(monitor).expect(200);
      await welfare()
        .post(`/alerts/${String(raised.body.alert.alertId)}/acknowledgement`)
        .set(monitor)
        .send({ note: 'on it' })
        .expect(201);
      // The integrator's subscription, still live, hears of it; the ended one does not.
      await eventually(
        async () => integratorReceiver.about(String(raised.body.alert.alertId)).find((r) => r.body.kind === 'alert-acknowledged'),
        'the acknowledgement at a live subscription',
      );
      expect(receiver.received.filter((r) => r.body.kind === 'alert-acknowledged' && r.body.alert.personId === otherPerson)).toEqual([]);
    } finally {
      await receiver.close();
    }
  }, 150_000);
}

describe('webhook deliveries, embedded mode [PGlite, database log]', () => story('embedded'));
describeWithKafka('webhook deliveries, Kafka mode [real PostgreSQL]', () => story('kafka'));
