/**
 * Integrators read what happened to an alert, never what monitors wrote about the family or who
 * they are (issue 14). A child is recorded alone at an arrest; a welfare officer takes the alert
 * on with a note naming relatives, a monitor resolves it with a reason naming the carer. The
 * integrator's system reads the alert on GET /alerts, GET /alerts/{id}, the live stream and the
 * alerts topic through the real broker: no note, no typed reason, no monitor's user id, no name.
 * A monitor still reads all of it. Kafka mode.
 */
import { randomUUID } from 'node:crypto';
import { Topics, WITHHELD } from '@safeguard/contracts';
import { bearer, DevKeys } from '@safeguard/platform';
import { anArrestBody } from './support/arrest-requests';
import { describeWithKafka } from './support/environment';
import { eventually } from './support/eventually';
import { SafeguardSystem } from './support/safeguard-system';
import { TopicReader } from './support/topic-reader';
import { teardown } from './support/teardown';

const police = bearer(DevKeys.policePhnomPenh);
const monitor = bearer(DevKeys.monitor);
const welfareOfficer = bearer(DevKeys.welfareOfficer);
const integrator = bearer(DevKeys.integrator);
const MINUTE = 60_000;

const note = 'Called her sister Sok Mealea in Takhmao; the neighbour Mom Sophal has the key.';
const reason = 'Chenda is with her aunt Chan Thida, confirmed by the home visit.';
/** What must never reach an integrator: the free text, the names in it and the child's, and the staff's user ids. */
const secrets = [note, reason, 'Sok Mealea', 'Mom Sophal', 'Chan Thida', 'Chenda', 'welfare-officer-4', 'monitor-1'];
const leaked = (payload: unknown) => secrets.filter((s) => JSON.stringify(payload).includes(s));

describeWithKafka('an integrator reads alerts without the monitors’ notes or names [PostgreSQL, Kafka]', () => {
  let system: SafeguardSystem;
  let topic: TopicReader;
  let baseUrl: string;
  const abort = new AbortController();
  let streamed = '';
  const arrestedAt = new Date(Date.now() - 5 * 60 * MINUTE);
  const at = (minutes: number) => new Date(arrestedAt.getTime() + minutes * MINUTE).toISOString();

  beforeAll(async () => {
    system = await SafeguardSystem.start('kafka', new Date(arrestedAt.getTime() + 30 * MINUTE));
    await system.childWelfare.listen(0, '127.0.0.1');
    baseUrl = await system.childWelfare.getUrl();
    topic = await TopicReader.start(Topics.alertEvents);
  }, 120_000);
  afterAll(async () => {
    abort.abort();
    await teardown(topic, system);
  }, 60_000);

  async function followStreamAsIntegrator(): Promise<void> {
    const response = await fetch(`${baseUrl}/alerts/stream`, { headers: { Accept: 'text/event-stream', ...integrator }, signal: abort.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          streamed += decoder.decode(value, { stream: true });
        }
      } catch {
        // Aborted at the end.
      }
    })();
  }

  it('serves and publishes the alert’s lifecycle with the note, the typed reason and the user ids withheld', async () => {
    await followStreamAsIntegrator();
    const childId = randomUUID();
    const body = anArrestBody();
    const person = { ...body.person, personId: `person-KH-${childId.slice(0, 8)}` };
    const { arrestId } = (
      await system
        .http('arrest')
        .post('/arrests')
        .set(police)
        .send({ ...body, person, arrestedAt: arrestedAt.toISOString() })
        .expect(201)
    ).body;
    await system
      .http('arrest')
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .send({
        askedAt: at(20),
        askedBy: 'officer-17',
        answer: 'has-dependants',
        pregnancy: 'not-pregnant',
        numberOfChildren: 1,
        consentToRecordChildDetails: true,
        children: [{ childId, name: 'Chenda', sex: 'female', ageYears: 4, whereabouts: 'alone' }],
      })
      .expect(201);
    const welfare = () => system.http('childWelfare');
    const [raised] = await eventually(async () => {
      const items = (await welfare().get('/alerts').query({ childId }).set(monitor).expect(200)).body.items;
      return items.length > 0 ? items : undefined;
    }, 'the alert about the child');
    const alertId: string = raised.alertId;
    await welfare().post(`/alerts/${alertId}/acknowledgement`).set(welfareOfficer).send({ note }).expect(201);
    await welfare().post(`/alerts/${alertId}/resolution`).set(monitor).send({ reason }).expect(201);

    const asMonitor = (await welfare().get(`/alerts/${alertId}`).set(monitor).expect(200)).body;
    expect(asMonitor).toMatchObject({
      acknowledgementNote: note,
      acknowledgedBy: 'welfare-officer-4',
      resolutionReason: reason,
      resolvedBy: 'monitor-1',
    });

    const one = (await welfare().get(`/alerts/${alertId}`).set(integrator).expect(200)).body;
    expect(one).toMatchObject({
      alertId,
      status: 'resolved',
      resolution: 'resolved-by-monitor',
      acknowledgementNote: null,
      acknowledgedBy: null,
      resolutionReason: null,
      resolvedBy: null,
    });
    expect(leaked(one)).toEqual([]);
    const listed = (await welfare().get('/alerts').query({ childId, status: 'resolved' }).set(integrator).expect(200)).body.items;
    expect(listed.map((a: { alertId: string }) => a.alertId)).toEqual([alertId]);
    expect(leaked(listed)).toEqual([]);

    await eventually(
      async () => (streamed.includes('event: alert-resolved') && streamed.includes(alertId) ? true : undefined),
      'the resolution on the stream',
      5_000,
      20,
    );
    expect(streamed).toContain('event: alert-acknowledged');
    expect(leaked(streamed)).toEqual([]);

    const published = await eventually(
      async () => {
        const about = topic.envelopes.filter((e) => (e.data as { alertId?: string }).alertId === alertId);
        return about.some((e) => e.type === 'AlertResolved') ? about : undefined;
      },
      'the alert’s events on the topic',
      20_000,
      100,
    );
    expect(published.map((e) => e.type)).toEqual(['AlertRaised', 'AlertAcknowledged', 'AlertResolved']);
    expect(published[1].data).toMatchObject({ note: WITHHELD, acknowledgedBy: WITHHELD });
    expect(published[2].data).toMatchObject({ resolution: 'resolved-by-monitor', reason: WITHHELD, resolvedBy: WITHHELD });
    expect(leaked(published)).toEqual([]);
  }, 90_000);

  it("refuses the integrator every child's and parent's record, and reads only the alerts, counts, units and the jurisdiction", async () => {
    const document = (await system.http('childWelfare').get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const integratorReads = [
      'GET /alerts',
      'GET /alerts/{alertId}',
      'GET /alerts/stream',
      'GET /indicators',
      'GET /facilities',
      'GET /units',
      'GET /units/{unitId}',
      'GET /health/live',
      'GET /health/ready',
      'GET /jurisdiction',
      // The policies and their what-if comparisons: deadlines and counts, nobody named.
      'GET /policies',
      'GET /policies/{policyId}/comparison',
      // Webhooks of the alerts it already reads, sent as it reads them (webhook-deliveries.e2e.spec.ts).
      'POST /subscriptions',
      'GET /subscriptions',
      'DELETE /subscriptions/{subscriptionId}',
      'POST /subscriptions/{subscriptionId}/secret-rotation',
      'GET /subscriptions/{subscriptionId}/deliveries',
      'POST /subscriptions/{subscriptionId}/deliveries/{deliveryId}/redelivery',
    ];
    const refused: string[] = [];
    const served: string[] = [];
    for (const [path, ops] of Object.entries(document.paths)) {
      for (const method of Object.keys(ops)) {
        const key = `${method.toUpperCase()} ${path}`;
        if (integratorReads.includes(key)) continue;
        const url = path.replace(/\{(\w+)\}/g, () => randomUUID());
        const res = await (method === 'get' ? system.http('childWelfare').get(url) : system.http('childWelfare').post(url).send({})).set(integrator);
        (res.status === 403 ? refused : served).push(`${key}: ${res.status}`);
      }
    }
    expect(served).toEqual([]);
    expect(refused).toEqual(expect.arrayContaining(['GET /children: 403', 'GET /children/{childId}: 403', 'GET /parents/{personId}: 403']));
  });
});
