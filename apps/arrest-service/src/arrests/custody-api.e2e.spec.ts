import { bearer, DevKeys } from '@safeguard/platform';
import { ArrestServiceModule } from '../arrest-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { anArrestBody } from '../../../../test/support/arrest-requests';

const custodyBody = { custodyAt: '2026-03-01T23:30:00Z', facility: 'Chbar Ampov District Police Station' };
const appearanceBody = { broughtAt: '2026-03-03T18:30:00Z', authority: 'prosecutor', authorityName: 'Deputy Prosecutor Keo Vanna' };
const extensionBody = { authorisedAt: '2026-03-03T19:30:00Z', authorisedBy: 'Deputy Prosecutor Keo Vanna', until: '2026-03-04T20:30:00Z' };
const handoverBody = { handedAt: '2026-03-03T20:00:00Z', courtCaseReference: 'PPCFI-2026-01183' };
const transferBody = { transferredAt: '2026-03-04T00:30:00Z', prisonFacility: 'CC2', detentionOrderReference: 'PPCFI-DO-2026-0457' };
const unknownArrestId = '6f1c1a52-8a43-4c55-9c55-2a3e7b0c9d11';

describe('custody over HTTP (embedded database)', () => {
  let service: ServiceApp;
  const http = () => service.http();
  const police = bearer(DevKeys.policePhnomPenh);
  const eventCount = () => service.eventCount('arrest');
  const anArrest = async (): Promise<string> => (await http().post('/arrests').set(police).send(anArrestBody()).expect(201)).body.arrestId;

  beforeAll(async () => {
    service = await startServiceApp(ArrestServiceModule.forRoot(EMBEDDED_CONFIG), { title: 'arrest' });
  }, 60_000);
  afterAll(() => service.close());

  describe('when police record her way from arrest to prison', () => {
    it('stores each step, and the record shows her transferred to prison with every custody step', async () => {
      const arrestId = await anArrest();
      const custody = await http().post(`/arrests/${arrestId}/police-custody`).set(police).set('If-Match', '"1"').send(custodyBody).expect(201);
      expect(custody.headers.etag).toBe('"2"');
      expect(custody.body).toMatchObject({ arrestId, version: 2 });
      await http().post(`/arrests/${arrestId}/judicial-appearances`).set(police).set('If-Match', '"2"').send(appearanceBody).expect(201);
      await http().post(`/arrests/${arrestId}/custody-extensions`).set(police).send(extensionBody).expect(201);
      await http().post(`/arrests/${arrestId}/case-file-handovers`).set(police).send(handoverBody).expect(201);
      const transfer = await http().post(`/arrests/${arrestId}/prison-transfers`).set(police).send(transferBody).expect(201);
      expect(transfer.headers.etag).toBe('"6"');

      const record = await http().get(`/arrests/${arrestId}`).set(police).expect(200);
      expect(record.body.status).toBe('transferred-to-prison');
      expect(record.body.custody).toEqual([
        {
          type: 'TakenIntoPoliceCustody',
          at: '2026-03-01T23:30:00.000Z',
          details: { custodyAt: '2026-03-01T23:30:00.000Z', facility: custodyBody.facility },
        },
        { type: 'BroughtBeforeJudicialAuthority', at: '2026-03-03T18:30:00.000Z', details: expect.objectContaining({ authority: 'prosecutor' }) },
        { type: 'PoliceCustodyExtended', at: '2026-03-03T19:30:00.000Z', details: expect.objectContaining({ until: '2026-03-04T20:30:00.000Z' }) },
        {
          type: 'CaseFileHandedToProsecutor',
          at: '2026-03-03T20:00:00.000Z',
          details: expect.objectContaining({ courtCaseReference: 'PPCFI-2026-01183' }),
        },
        {
          type: 'TransferredToPrison',
          at: '2026-03-04T00:30:00.000Z',
          details: expect.objectContaining({ detentionOrderReference: 'PPCFI-DO-2026-0457' }),
        },
      ]);
      const history = await http().get(`/arrests/${arrestId}/history`).set(police).expect(200);
      expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
        'ArrestMade',
        'TakenIntoPoliceCustody',
        'BroughtBeforeJudicialAuthority',
        'PoliceCustodyExtended',
        'CaseFileHandedToProsecutor',
        'TransferredToPrison',
      ]);
    });
  });

  describe('when police software retries a custody POST with the same Idempotency-Key', () => {
    it('returns the first answer and stores nothing new', async () => {
      const arrestId = await anArrest();
      const first = await http()
        .post(`/arrests/${arrestId}/police-custody`)
        .set(police)
        .set('Idempotency-Key', 'pp-custody-0001')
        .send(custodyBody)
        .expect(201);
      const before = await eventCount();
      const retry = await http()
        .post(`/arrests/${arrestId}/police-custody`)
        .set(police)
        .set('Idempotency-Key', 'pp-custody-0001')
        .send(custodyBody)
        .expect(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.etag).toBe('"2"');
      expect(await eventCount()).toBe(before);
    });
  });

  describe('refusals that store nothing', () => {
    it('answers 422 with the code for a transfer to prison after she was released', async () => {
      const arrestId = await anArrest();
      await http().post(`/arrests/${arrestId}/police-custody`).set(police).send(custodyBody).expect(201);
      await http()
        .post(`/arrests/${arrestId}/release-without-charge`)
        .set(police)
        .send({ releasedAt: '2026-03-02T16:30:00Z', reason: 'The substance seized tested negative.' })
        .expect(201);
      const before = await eventCount();
      const res = await http().post(`/arrests/${arrestId}/prison-transfers`).set(police).send(transferBody).expect(422);
      expect(res.body.code).toBe('CUSTODY.ALREADY_RELEASED');
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming prisonFacility for a transfer to a prison the unit registry does not hold', async () => {
      const arrestId = await anArrest();
      await http().post(`/arrests/${arrestId}/police-custody`).set(police).send(custodyBody).expect(201);
      const before = await eventCount();
      const res = await http()
        .post(`/arrests/${arrestId}/prison-transfers`)
        .set(police)
        .send({ ...transferBody, prisonFacility: 'Correctional Centre 2, Phnom Penh' })
        .expect(400);
      expect(res.body).toMatchObject({
        code: 'CUSTODY.INVALID',
        errors: [{ field: 'prisonFacility', message: expect.stringContaining('is not in the unit registry') }],
      });
      expect(await eventCount()).toBe(before);
    });

    it('answers 422 for custody on an unknown arrest', async () => {
      const before = await eventCount();
      const res = await http().post(`/arrests/${unknownArrestId}/police-custody`).set(police).send(custodyBody).expect(422);
      expect(res.body.code).toBe('ARREST.UNKNOWN');
      expect(await eventCount()).toBe(before);
    });

    it('answers 400 naming the field for an extension that ends before it is authorised', async () => {
      const arrestId = await anArrest();
      await http().post(`/arrests/${arrestId}/police-custody`).set(police).send(custodyBody).expect(201);
      const before = await eventCount();
      const res = await http()
        .post(`/arrests/${arrestId}/custody-extensions`)
        .set(police)
        .send({ ...extensionBody, until: '2026-03-02T19:30:00Z' })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'until', message: 'must be after authorisedAt' }]);
      expect(await eventCount()).toBe(before);
    });

    it('answers 403 to a prison credential', async () => {
      const arrestId = await anArrest();
      const before = await eventCount();
      const res = await http().post(`/arrests/${arrestId}/police-custody`).set(bearer(DevKeys.prisonCc2)).send(custodyBody).expect(403);
      expect(res.body).toMatchObject({ status: 403, code: 'HTTP.403' });
      expect(await eventCount()).toBe(before);
    });
  });
});
