import type { AlertEscalated, AlertEvent, AlertRaised, AlertResolved, AlertWithdrawn, Severity } from '@safeguard/contracts';
import type { Decider } from '@safeguard/domain';
import type { AlertDraft } from '../safeguards/safeguard-outcome';
import { decideAcknowledgeAlert, type AcknowledgeAlert } from './acknowledge-alert/acknowledge-alert.decision';
import { alertIdFor } from './alert-id';
import { evolveAlert, initialAlertState, type AlertState, type ResolvedAlert } from './alert.state';
import { decideResolveAlertByMonitor, type ResolveAlertByMonitor } from './resolve-alert/resolve-alert.decision';

/**
 * Everything that changes an alert, from the safeguard rules and from people, decided on the
 * alert's own stream by one decider. The rules repeat their outcomes on every change of a
 * person's file, so their commands are idempotent: what is already so records nothing. People's
 * commands are refused with a stable code instead, so a monitor learns someone else got there first.
 */
export type AlertCommand = RaiseAlert | EscalateAlert | ResolveAlertByFact | WithdrawAlert | AcknowledgeAlert | ResolveAlertByMonitor;

/** A rule found the safeguard missed. The alert's id (and stream) follows from the rule and subject. */
export interface RaiseAlert {
  readonly type: 'RaiseAlert';
  readonly draft: AlertDraft;
  readonly raisedAt: string;
  readonly policyId: string;
}

/** The miss went on: the alert becomes more serious, never less. */
export interface EscalateAlert {
  readonly type: 'EscalateAlert';
  readonly severity: Severity;
  readonly escalatedAt: string;
  readonly reason: string;
}

/** The missing fact arrived (late, or on time but recorded after the deadline passed). */
export interface ResolveAlertByFact {
  readonly type: 'ResolveAlertByFact';
  /** When the fact happened, as the agency recorded it. */
  readonly resolvedAt: string;
  readonly lateByMinutes: number;
  readonly reason: string;
  readonly resolvingEventIds: readonly string[];
}

/**
 * The person's whole file shows no miss: the record that met the safeguard in time reached the
 * service after the deadline was checked, or no rule holds the alert's subject any more.
 */
export interface WithdrawAlert {
  readonly type: 'WithdrawAlert';
  readonly withdrawnAt: string;
  readonly reason: string;
}

/** Why an alert no rule holds any more is withdrawn. */
export const WITHDRAWN_REASON = 'facts that reached the service later show this safeguard was not missed';

export function decideAlert(command: AlertCommand, state: AlertState): AlertEvent[] {
  switch (command.type) {
    case 'RaiseAlert':
      return decideRaise(command, state);
    case 'EscalateAlert':
      return decideEscalate(command, state);
    case 'ResolveAlertByFact':
      return decideResolveByFact(command, state);
    case 'WithdrawAlert':
      return decideWithdraw(command, state);
    case 'AcknowledgeAlert':
      return decideAcknowledgeAlert(command, state);
    case 'ResolveAlertByMonitor':
      return decideResolveAlertByMonitor(command, state);
    default: {
      const _exhaustive: never = command;
      return [];
    }
  }
}

export const alertDecider: Decider<AlertCommand, AlertState, AlertEvent> = {
  initialState: initialAlertState,
  decide: decideAlert,
  evolve: evolveAlert,
};

/**
 * Once per rule and subject: an alert raised before is not raised again, whatever became of it,
 * unless it was withdrawn and later facts show the miss after all.
 */
function decideRaise({ draft, raisedAt, policyId }: RaiseAlert, state: AlertState): AlertRaised[] {
  if (state.status !== 'not-raised' && state.status !== 'withdrawn') return [];
  const { subjectKey, ...published } = draft;
  return [{ type: 'AlertRaised', data: { ...published, alertId: alertIdFor(draft.ruleId, subjectKey), raisedAt, policyId } }];
}

function decideEscalate(command: EscalateAlert, state: AlertState): AlertEscalated[] {
  if (state.status === 'not-raised' || state.status === 'resolved' || state.status === 'withdrawn') return [];
  if (SEVERITY_RANK[command.severity] <= SEVERITY_RANK[state.severity]) return [];
  const { alertId, ruleId, personId } = state;
  return [
    {
      type: 'AlertEscalated',
      data: {
        alertId,
        ruleId,
        personId,
        escalatedAt: command.escalatedAt,
        fromSeverity: state.severity,
        toSeverity: command.severity,
        reason: command.reason,
      },
    },
  ];
}

/**
 * An open or acknowledged alert is resolved by the fact. One the rules resolved is resolved again
 * whenever their verdict on the whole file changes (an earlier-dated resolving fact from another
 * agency, a record that moved the deadline and so the lateness): the rules name the earliest fact
 * that settled the safeguard, so the lateness an alert ends with does not depend on which record
 * reached the service first. A monitor's resolution stands.
 */
function decideResolveByFact(command: ResolveAlertByFact, state: AlertState): AlertResolved[] {
  if (state.status === 'not-raised' || state.status === 'withdrawn') return [];
  if (state.status === 'resolved' && !isAnotherVerdict(command, state)) return [];
  const { alertId, ruleId, personId } = state;
  const { resolvedAt, lateByMinutes, reason, resolvingEventIds } = command;
  return [
    {
      type: 'AlertResolved',
      data: {
        alertId,
        ruleId,
        personId,
        resolvedAt,
        resolution: 'fact-recorded-late',
        lateByMinutes,
        reason,
        resolvingEventIds: [...resolvingEventIds],
      },
    },
  ];
}

function isAnotherVerdict(command: ResolveAlertByFact, resolved: ResolvedAlert): boolean {
  if (resolved.resolution !== 'fact-recorded-late' || command.resolvingEventIds.length === 0) return false;
  return Date.parse(command.resolvedAt) !== Date.parse(resolved.resolvedAt) || command.lateByMinutes !== resolved.lateByMinutes;
}

/**
 * Any raised alert is withdrawn when the whole file shows no miss: open, taken on, or resolved
 * (by a late fact, or by a monitor who acted on it; their note stays on the stream). Were a
 * resolved alert kept, which alerts a family ends with would depend on the order its records
 * reached the service, and a replica fed them in another order would disagree.
 */
function decideWithdraw(command: WithdrawAlert, state: AlertState): AlertWithdrawn[] {
  if (state.status === 'not-raised' || state.status === 'withdrawn') return [];
  const { alertId, ruleId, personId } = state;
  return [{ type: 'AlertWithdrawn', data: { alertId, ruleId, personId, withdrawnAt: command.withdrawnAt, reason: command.reason } }];
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
