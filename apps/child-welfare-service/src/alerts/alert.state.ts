import type { AlertEvent } from '@safeguard/contracts';

/**
 * An alert as its stream tells it: raised by a safeguard rule, perhaps taken on by a monitor or
 * welfare officer, and finally resolved (by the missing fact arriving late, or by a person).
 */
export type AlertState = NotRaised | OpenAlert | AcknowledgedAlert | ResolvedAlert;

export interface NotRaised {
  readonly status: 'not-raised';
}

/** What every raised alert knows, whatever its status. */
export interface AlertFacts {
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
}

export interface OpenAlert extends AlertFacts {
  readonly status: 'open';
}

export interface AcknowledgedAlert extends AlertFacts {
  readonly status: 'acknowledged';
  readonly acknowledgedAt: string;
  readonly acknowledgedBy: string;
}

export interface ResolvedAlert extends AlertFacts {
  readonly status: 'resolved';
  readonly resolvedAt: string;
  readonly resolution: 'fact-recorded-late' | 'resolved-by-monitor';
}

export const initialAlertState: AlertState = { status: 'not-raised' };

export function evolveAlert(state: AlertState, event: AlertEvent): AlertState {
  switch (event.type) {
    case 'AlertRaised':
      return { status: 'open', alertId: event.data.alertId, ruleId: event.data.ruleId, personId: event.data.personId };
    case 'AlertAcknowledged':
      if (state.status === 'not-raised') return state;
      return { ...factsOf(state), status: 'acknowledged', acknowledgedAt: event.data.acknowledgedAt, acknowledgedBy: event.data.acknowledgedBy };
    case 'AlertEscalated':
      // A more serious alert is still open or taken on: its status does not change.
      return state;
    case 'AlertResolved':
      if (state.status === 'not-raised') return state;
      return { ...factsOf(state), status: 'resolved', resolvedAt: event.data.resolvedAt, resolution: event.data.resolution };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

function factsOf(state: Exclude<AlertState, NotRaised>): AlertFacts {
  return { alertId: state.alertId, ruleId: state.ruleId, personId: state.personId };
}
