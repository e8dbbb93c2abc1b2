import { bearer, DevKeys, ManualClock } from '@safeguard/platform';
import { CourtServiceModule } from '../court-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { aCaseBody } from '../../../../test/support/court-requests';

describe("court service over HTTP: a court's clerks and judges see their own court's cases only (embedded database)", () => {
  let service: ServiceApp;
  const clock = new ManualClock(new Date('2026-07-01T08:00:00Z'));
  const http = () => service.http();
  const ppClerk = bearer(DevKeys.courtClerk);
  const ppJudge = bearer(DevKeys.judge);
  const kandalClerk = bearer(DevKeys.courtKandalClerk);
  const monitor = bearer(DevKeys.monitor);
  let ppCase: string;

  beforeAll(async () => {
    service = await startServiceApp(CourtServiceModule.forRoot(EMBEDDED_CONFIG), { clock, title: 'court' });
    ppCase = (
      await http()
        .post('/cases')
        .set(ppClerk)
        .send({ ...aCaseBody(), caseReference: 'PP-2026-VIS-1' })
        .expect(201)
    ).body.caseId as string;
  }, 60_000);
  afterAll(() => service.close());

  describe("when another court's clerk asks for the case or records on it", () => {
    it('answers 404 as for a missing case, and records nothing', async () => {
      for (const path of [`/cases/${ppCase}`, `/cases/${ppCase}/history`]) {
        const res = await http().get(path).set(kandalClerk).expect(404);
        expect(res.body).toMatchObject({ code: 'CASE.NOT_FOUND' });
      }
      await http()
        .post(`/cases/${ppCase}/legal-representation`)
        .set(kandalClerk)
        .send({ recordedAt: '2026-03-05T09:30:00Z', represented: false })
        .expect(404);
      await http().post(`/cases/${ppCase}/closure`).set(kandalClerk).send({ closedAt: '2026-03-06T09:30:00Z', reason: 'withdrawn' }).expect(404);
      expect((await http().get(`/cases/${ppCase}`).set(ppClerk).expect(200)).body.version).toBe(1);
    });
  });

  describe("when the case's own court reads and records", () => {
    it('serves its clerk and judge, and a monitor of all units', async () => {
      await http().get(`/cases/${ppCase}`).set(ppJudge).expect(200);
      await http().get(`/cases/${ppCase}`).set(monitor).expect(200);
      await http()
        .post(`/cases/${ppCase}/legal-representation`)
        .set(ppJudge)
        .send({ recordedAt: '2026-03-05T09:30:00Z', represented: false })
        .expect(201);
    });
  });

  describe('when each court lists cases', () => {
    it("lists only the cases its court opened; a monitor's list holds both", async () => {
      const kandalCase = (
        await http()
          .post('/cases')
          .set(kandalClerk)
          .send({ ...aCaseBody(), caseReference: 'KDL-2026-VIS-1' })
          .expect(201)
      ).body.caseId as string;
      const ids = async (key: { Authorization: string }) =>
        ((await http().get('/cases?limit=500').set(key).expect(200)).body.items as { caseId: string }[]).map((c) => c.caseId);
      expect(await ids(kandalClerk)).toEqual([kandalCase]);
      expect(await ids(ppClerk)).toContain(ppCase);
      expect(await ids(ppClerk)).not.toContain(kandalCase);
      expect(await ids(monitor)).toEqual(expect.arrayContaining([ppCase, kandalCase]));
      await http().get(`/cases/${kandalCase}`).set(ppJudge).expect(404);
    });
  });
});
