import type { AlertEvent, AlertResolvedData, Severity } from '@safeguard/contracts';

/**
 * An alert as its stream tells it: raised by a safeguard rule, perhaps made more serious as the
 * miss goes on, perhaps taken on by a monitor or welfare officer, and finally resolved (by the
 * missing fact arriving late, or by a person) or withdrawn (the whole file shows no miss after
 * all; raised again should later facts show one).
 */
export type AlertState = NotRaised | OpenAlert | AcknowledgedAlert | ResolvedAlert | WithdrawnAlert;

export interface NotRaised {
  readonly status: 'not-raised';
}

/** What every raised alert knows, whatever its status. */
export interface AlertFacts {
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
  /** As raised, or as last escalated. */
  readonly severity: Severity;
}

export interface OpenAlert extends AlertFacts {
  readonly status: 'open';
}

export interface AcknowledgedAlert extends AlertFacts {
  readonly status: 'acknowledged';
  readonly acknowledgedAt: string;
  readonly acknowledgedBy: string;
}

/** The latest resolution: a later fact-dated one re-dates the record (see the AlertResolved contract). */
export interface ResolvedAlert extends AlertFacts {
  readonly status: 'resolved';
  readonly resolvedAt: string;
  readonly resolution: AlertResolvedData['resolution'];
  /** How long after the deadline the fact came; null when a monitor resolved it. */
  readonly lateByMinutes: number | null;
  /** The agency events that settled it; none for a withdrawal or a monitor's resolution. */
  readonly resolvingEventIds: readonly string[];
}

/** Taken back: the whole file shows no miss. Not a miss, and may be raised again. */
export interface WithdrawnAlert extends AlertFacts {
  readonly status: 'withdrawn';
  readonly withdrawnAt: string;
}

export const initialAlertState: AlertState = { status: 'not-raised' };

export function evolveAlert(state: AlertState, event: AlertEvent): AlertState {
  switch (event.type) {
    case 'AlertRaised': {
      const d = event.data;
      return { status: 'open', alertId: d.alertId, ruleId: d.ruleId, personId: d.personId, severity: d.severity };
    }
    case 'AlertAcknowledged':
      if (state.status === 'not-raised') return state;
      return { ...factsOf(state), status: 'acknowledged', acknowledgedAt: event.data.acknowledgedAt, acknowledgedBy: event.data.acknowledgedBy };
    case 'AlertEscalated':
      // A more serious alert keeps its status (open, taken on, or resolved since).
      if (state.status === 'not-raised') return state;
      return { ...state, severity: event.data.toSeverity };
    case 'AlertResolved': {
      if (state.status === 'not-raised') return state;
      const r = event.data;
      return {
        ...factsOf(state),
        status: 'resolved',
        resolvedAt: r.resolvedAt,
        resolution: r.resolution,
        lateByMinutes: r.lateByMinutes,
        resolvingEventIds: r.resolvingEventIds,
      };
    }
    case 'AlertWithdrawn':
      if (state.status === 'not-raised') return state;
      return { ...factsOf(state), status: 'withdrawn', withdrawnAt: event.data.withdrawnAt };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

function factsOf(state: Exclude<AlertState, NotRaised>): AlertFacts {
  return { alertId: state.alertId, ruleId: state.ruleId, personId: state.personId, severity: state.severity };
}
