import type { EventStore, Row } from '@safeguard/event-store';
import { UnitRegistry } from '@safeguard/units';
import { aUnit } from '@safeguard/units/testing/unit-fixtures';
import type { AlertChange } from '../alert-changes';
import { AlertChangeFeed } from './alert-change-feed';

/**
 * The alert change log as the feed reads it: committed rows by position, and the snapshot's
 * horizon (oldest running transaction, next transaction id) the test moves by hand.
 */
class FakeLog {
  readonly committed: number[] = [];
  oldestRunning = 100n;
  nextTransaction = 100n;

  readonly store = {
    notifyChannel: 'child_welfare_log',
    db: {
      listen: async () => async () => undefined,
      query: async (text: string, params: unknown[] = []): Promise<Row[]> => {
        if (text.includes('max(position)')) return [{ position: this.committed.length ? String(Math.max(...this.committed)) : null }];
        const [after, upTo, limit] = params as [number, number | null, number];
        const snapshot = { xmin: String(this.oldestRunning), xmax: String(this.nextTransaction) };
        const rows = [...this.committed]
          .sort((a, b) => a - b)
          .filter((p) => p > after && (upTo === null || p <= upTo))
          .slice(0, limit);
        if (rows.length === 0) return [{ ...snapshot, position: null }];
        return rows.map((p) => ({ ...snapshot, position: String(p), kind: 'alert-raised', alert: alertRow(p) }));
      },
    },
  } as unknown as EventStore;
}

function alertRow(position: number): Record<string, unknown> {
  return {
    alert_id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    rule_id: 'child-without-safe-care',
    status: 'open',
    severity: 'critical',
    person_id: 'person-KH-0012',
    arrest_id: null,
    child_ids: [],
    responsible_agency: 'police',
    responsible_unit_id: 'PP-ANTI-DRUG',
    province: 'Kandal',
    legal_basis: 'Bangkok Rule 3',
    summary: 'A child was left alone',
    due_at: '2026-03-01T20:50:00Z',
    raised_at: '2026-03-01T20:51:00Z',
    triggering_event_ids: [],
    policy_id: 'cambodia-2026',
    version: 1,
  };
}

const antiDrug = aUnit('PP-ANTI-DRUG', {
  kind: 'police-unit',
  name: 'Phnom Penh Municipal Police, Anti-Drug Office',
  phone: '+855 23 000 032',
  email: 'pp-anti-drug@example.org',
});
const units = new UnitRegistry([antiDrug], false);

async function following(log: FakeLog, after?: number) {
  const feed = new AlertChangeFeed(log.store, units, 60_000);
  const seen: number[] = [];
  const changes: AlertChange[] = [];
  const subscription = feed.follow(after).subscribe((c: AlertChange) => (seen.push(c.position), changes.push(c)));
  await new Promise((r) => setImmediate(r));
  const stop = async () => {
    subscription.unsubscribe();
    await feed.onModuleDestroy();
  };
  return { feed, seen, changes, stop };
}

describe('the alert change feed', () => {
  describe('given a dashboard following from now', () => {
    it('passes on new changes in position order, not those from before it connected', async () => {
      const log = new FakeLog();
      log.committed.push(1, 2);
      const { feed, seen, stop } = await following(log);
      log.committed.push(3, 4);
      await feed.poll();
      expect(seen).toEqual([3, 4]);
      await stop();
    });
  });

  describe('given a change to an alert about a registry unit', () => {
    it('passes the alert on with whom to call, from the unit registry', async () => {
      const log = new FakeLog();
      const { feed, changes, stop } = await following(log);
      log.committed.push(1);
      await feed.poll();
      expect(changes[0].alert).toMatchObject({
        responsibleUnitId: 'PP-ANTI-DRUG',
        responsibleUnit: {
          unitId: 'PP-ANTI-DRUG',
          name: 'Phnom Penh Municipal Police, Anti-Drug Office',
          phone: '+855 23 000 032',
          email: 'pp-anti-drug@example.org',
        },
      });
      await stop();
    });
  });

  describe('given a position missing while a later one is committed', () => {
    it('waits while a transaction that could commit it runs, and passes it on when it commits', async () => {
      const log = new FakeLog();
      const { feed, seen, stop } = await following(log);
      log.committed.push(1, 3);
      log.oldestRunning = 100n; // the writer of 2 is still running
      log.nextTransaction = 102n;
      await feed.poll();
      await feed.poll();
      expect(seen).toEqual([1]);
      log.committed.push(2);
      log.oldestRunning = 102n;
      await feed.poll();
      expect(seen).toEqual([1, 2, 3]);
      await stop();
    });

    it('skips it once every transaction that could have taken it has ended: it was rolled back', async () => {
      const log = new FakeLog();
      const { feed, seen, stop } = await following(log);
      log.committed.push(1, 3);
      log.nextTransaction = 102n;
      await feed.poll();
      expect(seen).toEqual([1]);
      log.oldestRunning = 102n;
      await feed.poll();
      expect(seen).toEqual([1, 3]);
      await stop();
    });
  });

  describe('given a dashboard reconnecting with the last id it saw', () => {
    it('replays what came after it, then follows live without a repeat', async () => {
      const log = new FakeLog();
      log.committed.push(1, 2, 3);
      const { feed, seen, stop } = await following(log, 1);
      log.committed.push(4);
      await feed.poll();
      expect(seen).toEqual([2, 3, 4]);
      await stop();
    });
  });
});
