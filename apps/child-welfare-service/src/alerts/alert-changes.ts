import type { AlertEvent } from '@safeguard/contracts';
import { jsonColumn, type Sql } from '@safeguard/event-store';
import type { UnitLookup } from '@safeguard/units';
import { toAlertView, type AlertView } from './list-alerts/alert.view';

/**
 * The alert change log (`child_welfare.alert_changes`): one row per raise, acknowledgement and
 * resolution, written in the transaction that changes the alert, holding the alert as it stood
 * after the change. The live stream follows it by position and replays it from a Last-Event-ID.
 */
export type AlertChangeKind = 'alert-raised' | 'alert-acknowledged' | 'alert-escalated' | 'alert-resolved' | 'alert-withdrawn';

export interface AlertChange {
  /** Increases with every change: the SSE event id a client resumes from. */
  readonly position: number;
  readonly kind: AlertChangeKind;
  readonly alert: AlertView;
}

export function changeKindOf(event: AlertEvent): AlertChangeKind {
  switch (event.type) {
    case 'AlertRaised':
      return 'alert-raised';
    case 'AlertAcknowledged':
      return 'alert-acknowledged';
    case 'AlertEscalated':
      return 'alert-escalated';
    case 'AlertResolved':
      return 'alert-resolved';
    case 'AlertWithdrawn':
      return 'alert-withdrawn';
    default: {
      const _exhaustive: never = event;
      throw new Error(`no alert change for ${(event as AlertEvent).type}`);
    }
  }
}

export interface AlertChangePage {
  readonly changes: readonly AlertChange[];
  /**
   * The oldest transaction still running when the page was read (`pg_snapshot_xmin`), and the
   * first transaction id not yet assigned (`pg_snapshot_xmax`): a missing position is final once
   * every transaction that could have taken it has ended.
   */
  readonly oldestRunning: bigint;
  readonly nextTransaction: bigint;
}

/**
 * Changes after `after`, up to `upTo` when given, in position order, with the horizon of the
 * snapshot that read them (one statement, so the rows and the horizon agree).
 */
export async function readAlertChanges(sql: Sql, units: UnitLookup, after: number, limit: number, upTo?: number): Promise<AlertChangePage> {
  const rows = await sql.query<{ xmin: string; xmax: string; position: string | null; kind: AlertChangeKind; alert: unknown }>(
    `SELECT s.xmin, s.xmax, c.position::text AS position, c.kind, c.alert
       FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, pg_snapshot_xmax(pg_current_snapshot())::text AS xmax) s
       LEFT JOIN LATERAL (
         SELECT position, kind, alert FROM child_welfare.alert_changes
          WHERE position > $1 AND ($2::bigint IS NULL OR position <= $2) ORDER BY position LIMIT $3
       ) c ON true
      ORDER BY c.position`,
    [after, upTo ?? null, limit],
  );
  return {
    changes: rows
      .filter((r) => r.position !== null)
      .map((r) => ({
        position: Number(r.position),
        kind: r.kind,
        alert: toAlertView(jsonColumn<Record<string, unknown>>(r.alert), units),
      })),
    oldestRunning: BigInt(rows[0].xmin),
    nextTransaction: BigInt(rows[0].xmax),
  };
}

export async function latestAlertChangePosition(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ position: string | null }>(`SELECT max(position)::text AS position FROM child_welfare.alert_changes`);
  return row.position === null ? 0 : Number(row.position);
}
