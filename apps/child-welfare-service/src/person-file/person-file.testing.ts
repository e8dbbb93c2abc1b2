import { createHash } from 'node:crypto';
import { catalogueEntry, Topics } from '@safeguard/contracts';
import { factFromEnvelope, personFileOf, personIdOf, type AgencyEvent, type Fact, type PersonFile } from './person-file';

/** A stable event id for a fixture event, so the same event given twice is the same fact (as a redelivery is). */
export function eventIdOf(event: AgencyEvent): string {
  const h = createHash('sha256').update(JSON.stringify(event)).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The unit a fixture's fact is recorded by unless told otherwise: the development credentials' units. */
function defaultUnitOf(event: AgencyEvent): string {
  const data = event.data as { arrestingUnit?: { unitId: string }; facilityId?: string };
  switch (catalogueEntry(event).topic) {
    case Topics.arrestEvents:
      return data.arrestingUnit?.unitId ?? 'PP-ANTI-DRUG';
    case Topics.courtEvents:
      return 'PP-MUNICIPAL-COURT';
    default:
      return data.facilityId ?? 'CC2';
  }
}

/** The fact the service would keep for an agency event, received at its own event time unless told otherwise. */
export function factOf(event: AgencyEvent, receivedAt?: string, unitId: string = defaultUnitOf(event)): Fact {
  const envelope = { eventId: eventIdOf(event), type: event.type, data: event.data, actor: { unitId } };
  const fact = factFromEnvelope(envelope, new Date(receivedAt ?? 0));
  if (!fact) throw new Error(`${event.type} is not an agency fact`);
  return receivedAt ? fact : { ...fact, receivedAt: fact.occurredAt };
}

/** The file of the person the first event concerns, holding these events (in any order given). */
export function fileOf(...events: AgencyEvent[]): PersonFile {
  if (events.length === 0) throw new Error('fileOf needs at least one event');
  return personFileOf(
    personIdOf(events[0]),
    events.map((e) => factOf(e)),
  );
}
