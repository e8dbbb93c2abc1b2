import type { EventEnvelope } from '../envelope';
import type { AlertAcknowledgedData, AlertResolvedData } from './alert-events';

/** What the alerts topic carries in place of what a monitor wrote or who she is. */
export const WITHHELD = 'withheld';

/**
 * The copy of an alert event the alerts topic carries: integrators read what happened to an
 * alert, not the monitors' case work. An acknowledgement's note and a monitor's typed resolution
 * reason (they name carers, relatives, children) and the monitor's user id (in `acknowledgedBy`,
 * `resolvedBy` and the actor) stay in the child-welfare service's own event log; the topic says
 * `withheld`, which keeps each message valid at its published v1 schema. Every other event is
 * published as stored. A stop-gap until AlertAcknowledged and AlertResolved are published without
 * these fields at all (a new topic version, see README "Schema evolution").
 */
export function asPublished(envelope: EventEnvelope): EventEnvelope {
  if (envelope.type === 'AlertAcknowledged') {
    const data = envelope.data as AlertAcknowledgedData;
    return { ...withheldActor(envelope), data: { ...data, acknowledgedBy: WITHHELD, note: WITHHELD } satisfies AlertAcknowledgedData };
  }
  if (envelope.type === 'AlertResolved' && (envelope.data as AlertResolvedData).resolution === 'resolved-by-monitor') {
    const data = envelope.data as AlertResolvedData;
    return { ...withheldActor(envelope), data: { ...data, reason: WITHHELD, resolvedBy: WITHHELD } satisfies AlertResolvedData };
  }
  return envelope;
}

function withheldActor(envelope: EventEnvelope): EventEnvelope {
  return { ...envelope, actor: { ...envelope.actor, userId: WITHHELD } };
}
