/**
 * The deadline sweeper on the real PostgreSQL (row locks and deadlock detection are PostgreSQL's,
 * not PGlite's single session): an alert raised when a deadline passes is caused by the fact that
 * set the deadline, and the sweeper waits behind an inbox transaction on the same person's file
 * instead of deadlocking with it over her deadlines.
 */
import type { EventEnvelope } from '@safeguard/contracts';
import { EventStore } from '@safeguard/event-store';
import { ManualClock } from '@safeguard/platform';
import { anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { agencyEnvelopeOf } from '../../../../test/support/agency-envelope';
import { startServiceApp, type ServiceApp } from '../../../../test/support/service-app';
import { createTestDatabase } from '../../../../test/support/test-database';
import { teardown } from '../../../../test/support/teardown';
import { AlertBook } from '../alerts/alert-book';
import { alertIdFor, alertStreamId } from '../alerts/alert-id';
import { ChildWelfareServiceModule } from '../child-welfare-service.module';
import { lockPersonFile } from '../person-file/person-file-store';
import { DEPENDANTS_NOT_ASKED_AT_ARREST } from '../safeguards/dependants-not-asked-at-arrest/raise-alert-when-dependants-not-asked-within';
import { ChildWelfareInbox } from '../inbox/child-welfare-inbox';
import { DeadlineSweeper } from './deadline-sweeper';

const officer = { agency: 'police', role: 'police-officer', unitId: 'PP-ANTI-DRUG', userId: 'officer-9' } as const;
const HOUR = 60 * 60_000;

describe('deadline sweeper [real PostgreSQL]', () => {
  let database: { url: string; drop: () => Promise<void> };
  let drop: () => Promise<void>;
  let app: ServiceApp;
  const clock = new ManualClock(new Date('2026-03-01T20:00:00.000Z'));

  beforeAll(async () => {
    database = await createTestDatabase();
    drop = database.drop;
    app = await startServiceApp(
      ChildWelfareServiceModule.forRoot(
        { database: { kind: 'postgres', url: database.url, poolSize: 4 }, transport: { kind: 'database-log' } },
        { followAgencies: false },
      ),
      { clock },
    );
  }, 60_000);
  afterAll(() => teardown(app, drop));

  /** An arrest nobody screened for dependants: the 3-hour deadline is set by the arrest record. */
  async function anUnscreenedArrest(): Promise<{ arrest: EventEnvelope; personId: string; arrestId: string }> {
    const event = anArrestMade({ arrestedAt: clock.now().toISOString() });
    const arrest = agencyEnvelopeOf(event, { source: '/safeguard/arrest-service', actor: officer });
    await app.app.get(ChildWelfareInbox).handle(arrest);
    return { arrest, personId: event.data.person.personId, arrestId: event.data.arrestId };
  }
  const deadlineOf = async (arrestId: string) =>
    (
      await app.db.query<{ status: string; caused_by: string | null }>(
        `SELECT status, caused_by FROM child_welfare.deadlines WHERE rule_id = $1 AND subject_key = $2`,
        [DEPENDANTS_NOT_ASKED_AT_ARREST, arrestId],
      )
    )[0];
  const alertStream = (arrestId: string) => app.app.get(EventStore).readStream(alertStreamId(alertIdFor(DEPENDANTS_NOT_ASKED_AT_ARREST, arrestId)));

  it('raises the alert at the deadline with the arrest record that set the deadline as its causation', async () => {
    const { arrest, arrestId } = await anUnscreenedArrest();
    expect(await deadlineOf(arrestId)).toEqual({ status: 'pending', caused_by: arrest.eventId });

    clock.advance(3 * HOUR + 60_000);
    await app.app.get(DeadlineSweeper).sweepDue();

    const stream = await alertStream(arrestId);
    expect(stream.events.map((e) => [e.type, e.causationId])).toEqual([['AlertRaised', arrest.eventId]]);
    expect(stream.events[0].data).toMatchObject({ triggeringEventIds: [arrest.eventId] });
    expect(await deadlineOf(arrestId)).toMatchObject({ status: 'fired' });
  });

  it('waits for an inbox transaction holding her file, which re-arms her deadline meanwhile, instead of deadlocking with it', async () => {
    const { arrest, personId, arrestId } = await anUnscreenedArrest();
    const dueAt = new Date(clock.now().getTime() + 3 * HOUR).toISOString();
    clock.advance(3 * HOUR + 60_000);

    let sweep: Promise<number> | undefined;
    await app.db.transaction(async (sql) => {
      // The inbox's order: her file first, then (after the rules) her deadlines.
      await lockPersonFile(sql, personId);
      sweep = app.app.get(DeadlineSweeper).sweepDue();
      await new Promise((r) => setTimeout(r, 300)); // the sweeper reaches her now, while the file is held
      await app.app
        .get(AlertBook)
        .apply(sql, [{ kind: 'schedule-deadline', ruleId: DEPENDANTS_NOT_ASKED_AT_ARREST, subjectKey: arrestId, dueAt, causedBy: arrest.eventId }], {
          now: clock.now(),
          personId,
          policyId: 'cambodia-2026',
          correlationId: arrest.correlationId,
          causationId: arrest.eventId,
        });
    });
    await expect(sweep).resolves.toBeGreaterThanOrEqual(1);
    expect((await alertStream(arrestId)).events.map((e) => e.type)).toEqual(['AlertRaised']);
    expect(await deadlineOf(arrestId)).toMatchObject({ status: 'fired' });
  });
});
