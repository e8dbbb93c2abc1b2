import { EventStore } from '@safeguard/event-store';
import { bearer, DevKeys, ManualClock } from '@safeguard/platform';
import { PrisonServiceModule } from '../prison-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { anAdmissionBody } from '../../../../test/support/prison-requests';
import { custodyStreamId } from './custody.state';

const aHomeLeaveBody = () => ({ grantedAt: '2026-04-10T09:00:00Z', leaveFrom: '2026-04-13T07:00:00Z', leaveUntil: '2026-04-16T17:00:00Z' });
const aTransferBody = () => ({ transferredAt: '2026-05-02T07:00:00Z', toFacilityId: 'PJ', reason: 'Overcrowding at CC2' });
const aReleaseBody = () => ({ releasedAt: '2026-06-30T08:30:00Z', releasedTo: 'Sok Mealea (her mother)' });

describe('prison service over HTTP: home leave, transfers and release (embedded database)', () => {
  let service: ServiceApp;
  const clock = new ManualClock(new Date('2026-07-01T08:00:00Z'));
  const http = () => service.http();
  const cc2 = bearer(DevKeys.prisonCc2);
  const pj = bearer(DevKeys.prisonPj);
  const monitor = bearer(DevKeys.monitor);
  const eventCount = () => service.eventCount('prison');
  const stream = async (custodyId: string) => (await service.app.get(EventStore).readStream(custodyStreamId(custodyId))).events;
  const admit = async () => (await http().post('/custodies').set(cc2).send(anAdmissionBody()).expect(201)).body.custodyId as string;

  beforeAll(async () => {
    service = await startServiceApp(PrisonServiceModule.forRoot(EMBEDDED_CONFIG), { clock, title: 'prison' });
  }, 60_000);
  afterAll(() => service.close());
  beforeEach(() => clock.set('2026-07-01T08:00:00Z'));

  describe('when she goes on home leave, comes back, is moved to PJ and is released from there', () => {
    it('records each fact on the custody, the transfer from the facility that held her', async () => {
      clock.set('2026-06-20T08:00:00Z');
      const custodyId = await admit();
      const c = `/custodies/${custodyId}`;
      await http().post(`${c}/home-leaves`).set(cc2).set('If-Match', '"1"').send(aHomeLeaveBody()).expect(201).expect('ETag', '"2"');
      await http().post(`${c}/home-leave-returns`).set(cc2).set('If-Match', '"2"').send({ returnedAt: '2026-04-16T15:00:00Z' }).expect(201);
      const transferred = await http().post(`${c}/transfers`).set(cc2).set('If-Match', '"3"').send(aTransferBody()).expect(201);
      expect(transferred.body).toMatchObject({ custodyId, version: 4, eventIds: [expect.any(String)] });
      expect(transferred.headers.etag).toBe('"4"');

      // She is held at PJ now: CC2's officers no longer see her, PJ's record from here on.
      await http().get(c).set(cc2).expect(404);
      await http().get(c).set(monitor).expect(200);
      await http().post(`${c}/release-schedules`).set(cc2).send({ releaseOn: '2026-07-01T08:00:00Z', reason: 'bail' }).expect(404);
      await http().post(`${c}/release-schedules`).set(pj).send({ releaseOn: '2026-07-01T08:00:00Z', reason: 'bail' }).expect(201);
      clock.set('2026-07-01T10:00:00Z');
      await http()
        .post(`${c}/releases`)
        .set(pj)
        .send({ releasedAt: '2026-07-01T08:30:00Z', releasedTo: 'Sok Mealea (her mother)' })
        .expect(201)
        .expect('ETag', '"6"');

      const events = await stream(custodyId);
      expect(events.map((e) => e.type)).toEqual([
        'PersonAdmitted',
        'HomeLeaveGranted',
        'ReturnedFromHomeLeave',
        'PrisonerTransferred',
        'ReleaseScheduled',
        'PersonReleased',
      ]);
      const [, leave, homecoming, transfer, schedule, release] = events.map((e) => e.data);
      expect(leave).toEqual({
        custodyId,
        personId: 'person-KH-0012',
        grantedAt: '2026-04-10T09:00:00.000Z',
        leaveFrom: '2026-04-13T07:00:00.000Z',
        leaveUntil: '2026-04-16T17:00:00.000Z',
      });
      expect(homecoming).toEqual({ custodyId, personId: 'person-KH-0012', returnedAt: '2026-04-16T15:00:00.000Z' });
      expect(transfer).toEqual({
        custodyId,
        personId: 'person-KH-0012',
        transferredAt: '2026-05-02T07:00:00.000Z',
        fromFacilityId: 'CC2',
        toFacilityId: 'PJ',
        reason: 'Overcrowding at CC2',
      });
      expect(schedule).toEqual({
        custodyId,
        personId: 'person-KH-0012',
        scheduledAt: '2026-06-20T08:00:00.000Z',
        scheduledAtSource: 'time-of-receipt',
        releaseOn: '2026-07-01T08:00:00.000Z',
        reason: 'bail',
      });
      expect(release).toEqual({
        custodyId,
        personId: 'person-KH-0012',
        releasedAt: '2026-07-01T08:30:00.000Z',
        releasedTo: 'Sok Mealea (her mother)',
      });
    });
  });

  describe('when the sending facility retries a transfer with the same Idempotency-Key', () => {
    it('returns the first answer although it no longer sees her, and stores nothing new', async () => {
      const custodyId = await admit();
      const first = await http()
        .post(`/custodies/${custodyId}/transfers`)
        .set(cc2)
        .set('Idempotency-Key', 'cc2-transfer-0012')
        .send(aTransferBody())
        .expect(201);
      const before = await eventCount();
      const retry = await http()
        .post(`/custodies/${custodyId}/transfers`)
        .set(cc2)
        .set('Idempotency-Key', 'cc2-transfer-0012')
        .send(aTransferBody())
        .expect(201);
      expect(retry.body).toEqual(first.body);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('when the prison records a release schedule late, saying when it set the day', () => {
    it('keeps its scheduledAt as stated by the prison, and labels a schedule without one as the time of receipt', async () => {
      const custodyId = await admit();
      const c = `/custodies/${custodyId}`;
      await http()
        .post(`${c}/release-schedules`)
        .set(cc2)
        .send({ releaseOn: '2026-09-01T08:00:00Z', reason: 'sentence-served', scheduledAt: '2026-06-30T10:00:00+07:00' })
        .expect(201);
      await http().post(`${c}/release-schedules`).set(cc2).send({ releaseOn: '2026-09-02T08:00:00Z', reason: 'sentence-served' }).expect(201);
      const [, stated, received] = await stream(custodyId);
      expect(stated.data).toMatchObject({ scheduledAt: '2026-06-30T03:00:00.000Z', scheduledAtSource: 'stated-by-agency' });
      expect(received.data).toMatchObject({ scheduledAt: '2026-07-01T08:00:00.000Z', scheduledAtSource: 'time-of-receipt' });
    });

    it.each([
      ['in the future', '2026-07-01T09:00:00Z', 'cannot be in the future'],
      ['after the release day', '2026-06-30T12:00:00Z', 'cannot be after the release day'],
      ['before the admission', '2026-03-03T08:00:00Z', 'cannot be before the admission'],
      [
        'without an offset',
        '2026-06-30T12:00:00',
        'scheduledAt must be an RFC 3339 date-time with an offset, such as 2026-03-01T20:30:00+07:00 (not before 1900)',
      ],
    ])('answers 400 naming scheduledAt %s, and stores nothing', async (_name, scheduledAt, message) => {
      const custodyId = await admit();
      const before = await eventCount();
      const res = await http()
        .post(`/custodies/${custodyId}/release-schedules`)
        .set(cc2)
        .send({ releaseOn: '2026-06-30T08:00:00Z', reason: 'bail', scheduledAt })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'scheduledAt', message }]);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('refusals that store nothing', () => {
    it('answers 422 TRANSFER.SAME_FACILITY for a transfer to the facility already holding her', async () => {
      const custodyId = await admit();
      const before = await eventCount();
      const res = await http()
        .post(`/custodies/${custodyId}/transfers`)
        .set(cc2)
        .send({ ...aTransferBody(), toFacilityId: 'CC2' })
        .expect(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('TRANSFER.SAME_FACILITY');
      expect(await eventCount()).toBe(before);
    });

    it.each([
      ['a facility the unit registry does not hold', 'Prey Sar', 'Prey Sar is not in the unit registry (GET /units?kind=prison lists the prisons)'],
      [
        'a registry unit that is not a prison',
        'PP-MUNICIPAL-COURT',
        'PP-MUNICIPAL-COURT is a court (Phnom Penh Municipal Court of First Instance), not a prison',
      ],
    ])('answers 400 for a transfer to %s, naming toFacilityId', async (_name, toFacilityId, message) => {
      const custodyId = await admit();
      const before = await eventCount();
      const res = await http()
        .post(`/custodies/${custodyId}/transfers`)
        .set(cc2)
        .send({ ...aTransferBody(), toFacilityId })
        .expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'CUSTODY.INVALID', errors: [{ field: 'toFacilityId', message }] });
      expect(await eventCount()).toBe(before);
    });

    it('answers 422 CUSTODY.UNKNOWN for the release of a custody never admitted', async () => {
      const before = await eventCount();
      const res = await http().post('/custodies/0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10/releases').set(cc2).send(aReleaseBody()).expect(422);
      expect(res.body.code).toBe('CUSTODY.UNKNOWN');
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming releasedAt for a release dated before the admission', async () => {
      const custodyId = await admit();
      const before = await eventCount();
      const res = await http()
        .post(`/custodies/${custodyId}/releases`)
        .set(cc2)
        .send({ ...aReleaseBody(), releasedAt: '2026-03-03T08:00:00Z' })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'releasedAt', message: 'cannot be before the admission' }]);
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming leaveUntil for a home leave ending before it starts', async () => {
      const custodyId = await admit();
      const res = await http()
        .post(`/custodies/${custodyId}/home-leaves`)
        .set(cc2)
        .send({ ...aHomeLeaveBody(), leaveUntil: '2026-04-12T17:00:00Z' })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'leaveUntil', message: 'must be after leaveFrom' }]);
    });

    it('answers 422 for a release or a transfer while she is on home leave, and for a return when she is not on leave', async () => {
      const custodyId = await admit();
      await http()
        .post(`/custodies/${custodyId}/home-leave-returns`)
        .set(cc2)
        .send({ returnedAt: '2026-04-16T15:00:00Z' })
        .expect(422)
        .expect(({ body }) => expect(body.code).toBe('CUSTODY.NOT_ON_HOME_LEAVE'));
      await http().post(`/custodies/${custodyId}/home-leaves`).set(cc2).send(aHomeLeaveBody()).expect(201);
      const before = await eventCount();
      await http()
        .post(`/custodies/${custodyId}/releases`)
        .set(cc2)
        .send(aReleaseBody())
        .expect(422)
        .expect(({ body }) => expect(body.code).toBe('CUSTODY.ON_HOME_LEAVE'));
      await http()
        .post(`/custodies/${custodyId}/transfers`)
        .set(cc2)
        .send(aTransferBody())
        .expect(422)
        .expect(({ body }) => expect(body.code).toBe('CUSTODY.ON_HOME_LEAVE'));
      expect(await eventCount()).toBe(before);
    });

    it('answers 422 CUSTODY.RELEASED to a second release', async () => {
      const custodyId = await admit();
      await http().post(`/custodies/${custodyId}/releases`).set(cc2).send(aReleaseBody()).expect(201);
      const res = await http().post(`/custodies/${custodyId}/releases`).set(cc2).send(aReleaseBody()).expect(422);
      expect(res.body.code).toBe('CUSTODY.RELEASED');
    });

    it('answers 403 to a police credential and 404 to another facility’s officer', async () => {
      const custodyId = await admit();
      const before = await eventCount();
      const res = await http().post(`/custodies/${custodyId}/transfers`).set(bearer(DevKeys.policePhnomPenh)).send(aTransferBody()).expect(403);
      expect(res.body).toMatchObject({ status: 403, code: 'HTTP.403' });
      await http().post(`/custodies/${custodyId}/releases`).set(bearer(DevKeys.policePhnomPenh)).send(aReleaseBody()).expect(403);
      const hidden = await http().post(`/custodies/${custodyId}/releases`).set(pj).send(aReleaseBody()).expect(404);
      expect(hidden.body.code).toBe('CUSTODY.NOT_FOUND');
      expect(await eventCount()).toBe(before);
    });

    it('answers 409 when the custody changed since the caller read it', async () => {
      const custodyId = await admit();
      await http()
        .post(`/custodies/${custodyId}/release-schedules`)
        .set(cc2)
        .set('If-Match', '"1"')
        .send({ releaseOn: '2026-09-01T08:00:00Z', reason: 'sentence-served' })
        .expect(201);
      const res = await http().post(`/custodies/${custodyId}/transfers`).set(cc2).set('If-Match', '"1"').send(aTransferBody()).expect(409);
      expect(res.body.code).toBe('STREAM.VERSION_CONFLICT');
    });
  });
});
