/**
 * The alert lifecycle through HTTP, embedded mode (PGlite, database log): a child recorded alone
 * at an arrest raises an alert; a dashboard sees it on the live stream; a welfare officer takes
 * it on and a monitor closes it, each change on the stream and appended to the alert's stream;
 * a dashboard that reconnects with Last-Event-ID gets what it missed.
 */
import { randomUUID } from 'node:crypto';
import { EventStore } from '@safeguard/event-store';
import { bearer, DevKeys } from '@safeguard/platform';
import { anArrestBody } from '../../../../test/support/arrest-requests';
import { eventually } from '../../../../test/support/eventually';
import { SafeguardSystem } from '../../../../test/support/safeguard-system';
import { alertStreamId } from './alert-id';

const police = bearer(DevKeys.policePhnomPenh);
const monitor = bearer(DevKeys.monitor);
const welfareOfficer = bearer(DevKeys.welfareOfficer);
const integrator = bearer(DevKeys.integrator);
const MINUTE = 60_000;

interface SseEvent {
  readonly event?: string;
  readonly id?: string;
  readonly data?: string;
}

/** A dashboard's connection to the stream, read with fetch and parsed line by line as EventSource would. */
class SseClient {
  readonly events: SseEvent[] = [];
  comments = 0;
  private constructor(private readonly abort: AbortController) {}

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const abort = new AbortController();
    const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal });
    expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({
      status: 200,
      type: expect.stringContaining('text/event-stream'),
    });
    const client = new SseClient(abort);
    void client.read(response.body!.getReader());
    return client;
  }

  /** The first event after `from` (an index into `events`) that `matches`, within about a second of its change. */
  async next(matches: (e: SseEvent) => boolean, what: string, from = 0): Promise<SseEvent> {
    return eventually(() => Promise.resolve(this.events.slice(from).find(matches)), what, 3_000, 20);
  }

  close(): void {
    this.abort.abort();
  }

  private async read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // Aborted by close().
    }
  }

  private parse(block: string): void {
    const fields: Record<string, string> = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comments++;
      const match = /^(event|id|data): ?(.*)$/.exec(line);
      if (match) fields[match[1]] = match[1] === 'data' && 'data' in fields ? `${fields.data}\n${match[2]}` : match[2];
    }
    if (fields.event || fields.data) this.events.push(fields);
  }
}

const about = (alertId: string, kind: string) => (e: SseEvent) => e.event === kind && JSON.parse(e.data ?? '{}').alertId === alertId;

describe('alert lifecycle, embedded mode [PGlite, database log]', () => {
  let system: SafeguardSystem;
  let baseUrl: string;
  const clients: SseClient[] = [];
  const arrestedAt = new Date(Date.now() - 5 * 60 * MINUTE);
  const at = (minutes: number) => new Date(arrestedAt.getTime() + minutes * MINUTE).toISOString();
  const welfare = () => system.http('childWelfare');

  beforeAll(async () => {
    system = await SafeguardSystem.start('embedded', new Date(arrestedAt.getTime() + 30 * MINUTE));
    // The stream needs a real socket: supertest's request-per-call server cannot be read while it is open.
    await system.childWelfare.listen(0, '127.0.0.1');
    baseUrl = await system.childWelfare.getUrl();
  }, 120_000);
  afterAll(async () => {
    for (const client of clients) client.close();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
    await system?.stop();
  }, 60_000);

  async function openStream(headers: Record<string, string> = monitor, query = ''): Promise<SseClient> {
    const client = await SseClient.open(`${baseUrl}/alerts/stream${query}`, headers);
    clients.push(client);
    return client;
  }

  /** Police record a child left alone at an arrest: the child-without-safe-care alert is raised at once. */
  /** Each story is another mother: the same woman's same child, recorded twice, is one child with two records. */
  async function childLeftAlone(): Promise<{ arrestId: string; childId: string }> {
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
    return { arrestId, childId };
  }

  it('streams the alert raised, acknowledged and resolved; refuses stale, repeated, empty and unauthorised changes; appends each fact', async () => {
    const stream = await openStream();
    const { childId } = await childLeftAlone();

    const raisedOnStream = await stream.next(
      (e) => e.event === 'alert-raised' && JSON.parse(e.data!).childIds.includes(childId),
      'the raised alert on the stream',
    );
    const raised = JSON.parse(raisedOnStream.data!);
    expect(raised).toMatchObject({ ruleId: 'child-without-safe-care', status: 'open', severity: 'critical', version: 1, acknowledgedBy: null });
    const alertId: string = raised.alertId;

    await welfare().post(`/alerts/${alertId}/acknowledgement`).set(integrator).send({ note: 'Looking into it.' }).expect(403);
    const empty = await welfare().post(`/alerts/${alertId}/acknowledgement`).set(monitor).send({ note: '' }).expect(400);
    expect(empty.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'note' })]));
    const stale = await welfare()
      .post(`/alerts/${alertId}/acknowledgement`)
      .set(welfareOfficer)
      .set('If-Match', '"3"')
      .send({ note: 'Going there.' })
      .expect(409);
    expect(stale.body.code).toBe('STREAM.VERSION_CONFLICT');
    await welfare().post(`/alerts/${randomUUID()}/acknowledgement`).set(monitor).send({ note: 'Which alert?' }).expect(404);

    const note = 'Visiting the house in Chbar Ampov with the commune council this afternoon.';
    const acknowledged = await welfare()
      .post(`/alerts/${alertId}/acknowledgement`)
      .set(welfareOfficer)
      .set('If-Match', '"1"')
      .send({ note })
      .expect(201);
    expect(acknowledged.body).toEqual({ alertId, status: 'acknowledged', version: 2, eventIds: [expect.any(String)] });
    expect(acknowledged.headers.etag).toBe('"2"');
    const ackOnStream = await stream.next(about(alertId, 'alert-acknowledged'), 'the acknowledgement on the stream');
    expect(Number(ackOnStream.id)).toBeGreaterThan(Number(raisedOnStream.id));
    expect(JSON.parse(ackOnStream.data!)).toMatchObject({
      alertId,
      status: 'acknowledged',
      acknowledgedBy: 'welfare-officer-4',
      acknowledgementNote: note,
      version: 2,
    });

    const again = await welfare().post(`/alerts/${alertId}/acknowledgement`).set(monitor).send({ note: 'Me too.' }).expect(422);
    expect(again.body).toMatchObject({ code: 'ALERT.ALREADY_ACKNOWLEDGED', detail: expect.stringContaining('welfare-officer-4') });

    const reason = 'Chenda is with her aunt, who will keep her; confirmed by the home visit.';
    await welfare().post(`/alerts/${alertId}/resolution`).set(monitor).set('If-Match', '"1"').send({ reason }).expect(409);
    const resolved = await welfare().post(`/alerts/${alertId}/resolution`).set(monitor).set('If-Match', '"2"').send({ reason }).expect(201);
    expect(resolved.body).toMatchObject({ alertId, status: 'resolved', version: 3 });
    const resolvedOnStream = await stream.next(about(alertId, 'alert-resolved'), 'the resolution on the stream');
    expect(JSON.parse(resolvedOnStream.data!)).toMatchObject({
      status: 'resolved',
      resolution: 'resolved-by-monitor',
      resolvedBy: 'monitor-1',
      resolutionReason: reason,
      lateByMinutes: null,
      acknowledgedBy: 'welfare-officer-4',
    });

    expect((await welfare().post(`/alerts/${alertId}/resolution`).set(monitor).send({ reason }).expect(422)).body.code).toBe(
      'ALERT.ALREADY_RESOLVED',
    );
    expect((await welfare().post(`/alerts/${alertId}/acknowledgement`).set(monitor).send({ note }).expect(422)).body.code).toBe(
      'ALERT.ALREADY_RESOLVED',
    );

    const stored = await system.childWelfare.get(EventStore).readStream(alertStreamId(alertId));
    expect(stored.events.map((e) => e.type)).toEqual(['AlertRaised', 'AlertAcknowledged', 'AlertResolved']);
    expect(stored.events[1]).toMatchObject({
      actor: { role: 'child-welfare-officer', userId: 'welfare-officer-4' },
      data: { alertId, acknowledgedBy: 'welfare-officer-4', note },
    });
    expect(stored.events[2]).toMatchObject({
      actor: { role: 'oversight-monitor', userId: 'monitor-1' },
      data: { alertId, resolution: 'resolved-by-monitor', lateByMinutes: null, reason, resolvedBy: 'monitor-1', resolvingEventIds: [] },
    });

    const read = await welfare().get(`/alerts/${alertId}`).set(monitor).expect(200);
    expect(read.headers.etag).toBe('"3"');
    expect(read.body).toMatchObject({ status: 'resolved', acknowledgementNote: note, resolvedBy: 'monitor-1' });

    // A browser's EventSource reconnects with the last id it saw, and can only pass the key in the URL.
    const resumed = await openStream({ 'Last-Event-ID': raisedOnStream.id! }, `?access_token=${DevKeys.monitor}`);
    const replayed = await resumed.next(about(alertId, 'alert-resolved'), 'the replay up to the resolution');
    expect(resumed.events.filter((e) => JSON.parse(e.data!).alertId === alertId).map((e) => [e.event, e.id])).toEqual([
      ['alert-acknowledged', ackOnStream.id],
      ['alert-resolved', replayed.id],
    ]);
  }, 60_000);

  it('takes the key from the URL on the stream only, and refuses a stream without one', async () => {
    await welfare().get('/alerts').query({ access_token: DevKeys.monitor }).expect(401);
    const response = await fetch(`${baseUrl}/alerts/stream`);
    expect(response.status).toBe(401);
    await response.body?.cancel();
    const unknownKey = await fetch(`${baseUrl}/alerts/stream?access_token=not-a-key-anyone-holds`);
    expect(unknownKey.status).toBe(401);
    await unknownKey.body?.cancel();
    // A police unit's key opens its own work queue's stream (agency-work-queue.e2e.spec.ts).
    const queue = await fetch(`${baseUrl}/alerts/stream?access_token=${DevKeys.policePhnomPenh}`);
    expect(queue.status).toBe(200);
    await queue.body?.cancel();
  });

  it('resolves an acknowledged alert when the missing fact arrives, and filters the list by facility, age and child', async () => {
    const { arrestId, childId } = await childLeftAlone();
    const [raised] = await eventually(async () => {
      const items = (await welfare().get('/alerts').query({ childId }).set(monitor).expect(200)).body.items;
      return items.length > 0 ? items : undefined;
    }, 'the alert about the child');
    expect(raised).toMatchObject({ ruleId: 'child-without-safe-care', childIds: [childId], responsibleUnitId: 'PP-ANTI-DRUG' });

    const ids = async (query: Record<string, string | number>) =>
      (
        await welfare()
          .get('/alerts')
          .query({ ...query, childId })
          .set(welfareOfficer)
          .expect(200)
      ).body.items.map((a: { alertId: string }) => a.alertId);
    expect(await ids({ facility: 'PP-ANTI-DRUG' })).toEqual([raised.alertId]);
    expect(await ids({ facility: 'BTB-PROVINCIAL' })).toEqual([]);
    expect(await ids({ minAgeHours: 2 })).toEqual([]);
    system.clock.advance(3 * 60 * MINUTE);
    expect(await ids({ minAgeHours: 2 })).toEqual([raised.alertId]);
    expect((await welfare().get('/alerts').query({ childId: randomUUID() }).set(monitor).expect(200)).body.items).toEqual([]);

    await welfare()
      .post(`/alerts/${raised.alertId}/acknowledgement`)
      .set(monitor)
      .send({ note: 'Asked the station to find a relative.' })
      .expect(201);
    await system
      .http('arrest')
      .post(`/arrests/${arrestId}/children/${childId}/care-arrangements`)
      .set(police)
      .send({ arrangedAt: at(110), caregiver: { name: 'Mom Sophal', relation: 'neighbour', ageYears: 45 }, chosenByParent: true })
      .expect(201);

    const resolved = await eventually(async () => {
      const alert = (await welfare().get(`/alerts/${raised.alertId}`).set(monitor).expect(200)).body;
      return alert.status === 'resolved' ? alert : undefined;
    }, 'the acknowledged alert to be resolved by the late arrangement');
    expect(resolved).toMatchObject({
      resolution: 'fact-recorded-late',
      lateByMinutes: 90,
      resolvedBy: null,
      acknowledgedBy: 'monitor-1',
      version: 3,
    });
  }, 60_000);
});
