/**
 * The inbox on a real (in-process) PostgreSQL: whatever order an arrest's facts reach it in, the
 * alerts end the same as if they had come in order, and a resolution ends with the earliest fact
 * that settled the safeguard.
 */
import { ManualClock } from '@safeguard/platform';
import {
  aCareArrangementMade,
  aDependantsScreening,
  anArrestMade,
  broughtBeforeJudicialAuthority,
  takenIntoPoliceCustody,
} from '../../../../libs/contracts/src/testing/arrest-fixtures';
import { aCaseOpened, aPretrialDetentionOrdered } from '../../../../libs/contracts/src/testing/court-fixtures';
import { agencyEnvelopeOf } from '../../../../test/support/agency-envelope';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from '../../../../test/support/service-app';
import { teardown } from '../../../../test/support/teardown';
import { ChildWelfareServiceModule } from '../child-welfare-service.module';
import type { AgencyEvent } from '../person-file/person-file';
import { ChildWelfareInbox } from './child-welfare-inbox';
import { DeadlineSweeper } from '../deadline-sweep/deadline-sweeper';

const officer = { agency: 'police', role: 'police-officer', unitId: 'PP-ANTI-DRUG', userId: 'officer-9' } as const;
const clerk = { agency: 'court', role: 'court-clerk', unitId: 'PP-COURT', userId: 'clerk-2' } as const;
const SOURCES = {
  police: { source: '/safeguard/arrest-service', actor: officer },
  court: { source: '/safeguard/court-service', actor: clerk },
};
const envelopeOf = (event: AgencyEvent, from: (typeof SOURCES)[keyof typeof SOURCES]) => agencyEnvelopeOf(event, from);

describe('child-welfare inbox, any order of arrival [PGlite]', () => {
  let app: ServiceApp;
  let inbox: ChildWelfareInbox;
  const clock = new ManualClock(new Date('2026-03-01T20:00:00.000Z'));

  beforeAll(async () => {
    app = await startServiceApp(ChildWelfareServiceModule.forRoot(EMBEDDED_CONFIG, { followAgencies: false }), { clock });
    inbox = app.app.get(ChildWelfareInbox);
  }, 60_000);
  afterAll(() => teardown(app));

  const alertsOf = (personId: string) =>
    app.db.query<{ rule_id: string; status: string; late_by_minutes: number | null; resolved_at: Date | null }>(
      `SELECT rule_id, status, late_by_minutes, resolved_at FROM child_welfare.alerts WHERE person_id = $1 ORDER BY rule_id, subject_key`,
      [personId],
    );

  describe('care arranged an hour before custody, the custody record arriving first', () => {
    const story = () => {
      const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
      // She names the child; where he is is not recorded (the care arrangement says it, later).
      const named = aDependantsScreening(arrest.data, { askedAt: '2026-03-01T20:10:00.000Z' });
      const screening = aDependantsScreening(arrest.data, {
        askedAt: '2026-03-01T20:10:00.000Z',
        children: [{ ...named.data.children[0], whereabouts: 'not-recorded', caregiver: null }],
      });
      const arranged = aCareArrangementMade(arrest.data, screening.data.children[0].childId, { arrangedAt: '2026-03-01T20:30:00.000Z' });
      const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T21:30:00.000Z' });
      return { personId: arrest.data.person.personId, first: [arrest, screening, custody], arranged };
    };
    afterEach(() => clock.set(new Date('2026-03-01T20:00:00.000Z')));
    const custodyAlerts = async (personId: string) => (await alertsOf(personId)).filter((a) => a.rule_id === 'custody-before-care-arranged');

    it('raises nothing when the arrangement follows in the same batch, within the reporting grace', async () => {
      clock.set(new Date('2026-03-02T08:00:00.000Z'));
      const { personId, first, arranged } = story();
      for (const e of first) await inbox.handle(envelopeOf(e, SOURCES.police));
      clock.advance(10 * 60_000);
      await app.app.get(DeadlineSweeper).sweepDue();
      expect(await custodyAlerts(personId)).toEqual([]);

      await inbox.handle(envelopeOf(arranged, SOURCES.police));
      clock.advance(60 * 60_000);
      await app.app.get(DeadlineSweeper).sweepDue();
      expect(await custodyAlerts(personId)).toEqual([]);
      expect(
        await app.db.query(`SELECT status FROM child_welfare.deadlines WHERE rule_id = 'custody-before-care-arranged' AND person_id = $1`, [
          personId,
        ]),
      ).toEqual([{ status: 'cancelled' }]);
    });

    it('withdraws the alert the custody record raised once the grace passed, when the arrangement arrives after it', async () => {
      clock.set(new Date('2026-03-02T08:00:00.000Z'));
      const { personId, first, arranged } = story();
      for (const e of first) await inbox.handle(envelopeOf(e, SOURCES.police));
      clock.advance(16 * 60_000);
      await app.app.get(DeadlineSweeper).sweepDue();
      expect(await custodyAlerts(personId)).toEqual([expect.objectContaining({ status: 'open' })]);

      await inbox.handle(envelopeOf(arranged, SOURCES.police));
      expect(await custodyAlerts(personId)).toEqual([expect.objectContaining({ status: 'withdrawn', late_by_minutes: null })]);
    });
  });

  describe('police custody ended late twice over: before a prosecutor at 60 h, by the judge at 64 h', () => {
    async function story(order: 'prosecutor-first' | 'judge-first') {
      const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
      const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T20:00:00.000Z' });
      const prosecutor = broughtBeforeJudicialAuthority(arrest.data, { broughtAt: '2026-03-04T08:00:00.000Z' });
      const opened = aCaseOpened({ personId: arrest.data.person.personId, arrestIds: [arrest.data.arrestId], openedAt: '2026-03-04T09:00:00.000Z' });
      const judge = aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-04T12:00:00.000Z' });
      await inbox.handle(envelopeOf(arrest, SOURCES.police));
      await inbox.handle(envelopeOf(custody, SOURCES.police));
      clock.set(new Date('2026-03-05T00:00:00.000Z'));
      await app.app.get(DeadlineSweeper).sweepDue();
      const late =
        order === 'judge-first'
          ? [envelopeOf(opened, SOURCES.court), envelopeOf(judge, SOURCES.court), envelopeOf(prosecutor, SOURCES.police)]
          : [envelopeOf(prosecutor, SOURCES.police), envelopeOf(opened, SOURCES.court), envelopeOf(judge, SOURCES.court)];
      for (const e of late) await inbox.handle(e);
      clock.set(new Date('2026-03-01T20:00:00.000Z'));
      return (await alertsOf(arrest.data.person.personId)).find((a) => a.rule_id === 'police-custody-overdue');
    }

    it('ends resolved by the earlier fact, 12 h late, whichever agency reached us first', async () => {
      const prosecutorFirst = await story('prosecutor-first');
      const judgeFirst = await story('judge-first');
      expect(prosecutorFirst).toMatchObject({ status: 'resolved', late_by_minutes: 12 * 60 });
      expect(judgeFirst).toMatchObject({ status: 'resolved', late_by_minutes: 12 * 60 });
      expect(new Date(judgeFirst!.resolved_at!).toISOString()).toBe('2026-03-04T08:00:00.000Z');
    });
  });
});
