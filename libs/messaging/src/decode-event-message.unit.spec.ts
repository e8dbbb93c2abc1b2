import { randomUUID } from 'node:crypto';
import { toCloudEventMessage, upcast, type EventEnvelope } from '@safeguard/contracts';
import { anArrestMade } from '../../contracts/src/testing/arrest-fixtures';
import { aPersonAdmitted, aVisitTookPlace } from '../../contracts/src/testing/prison-fixtures';
import {
  aCaseOpenedV1,
  aChildrenRecordedAtAdmissionV1,
  aClemencyGrantedV1,
  aDependantsScreeningV1,
  aHearingScheduledV1,
  aReleaseScheduledV1,
  aSentenceImposedV1,
  aVisitTookPlaceV1,
  type V1Fact,
} from '../../contracts/src/testing/v1-fixtures';
import { PermanentFailure } from './failures';
import { decodeEventMessage } from './kafka-subscription';

const admission = aPersonAdmitted().data;
const opened = aCaseOpenedV1();

/** A CloudEvents Kafka message as a producer published it, at the version it wrote. */
function published(fact: { type: string; schemaVersion: number; data: unknown }): { headers: Record<string, Buffer>; value: Buffer; key: Buffer } {
  const data = fact.data as { personId: string };
  const envelope: EventEnvelope = {
    eventId: randomUUID(),
    type: fact.type,
    schemaVersion: fact.schemaVersion,
    streamId: `stream-${randomUUID()}`,
    streamPosition: 2,
    globalPosition: '41',
    subject: data.personId,
    occurredAt: '2026-03-10T02:00:00.000Z',
    recordedAt: '2026-03-10T02:05:00.000Z',
    correlationId: randomUUID(),
    causationId: null,
    actor: { agency: 'prison', role: 'prison-officer', unitId: 'CC2', userId: 'officer-3' },
    source: '/safeguard/an-agency-system',
    data: fact.data,
  };
  const message = toCloudEventMessage(envelope);
  return {
    key: Buffer.from(message.key),
    value: Buffer.from(message.value),
    headers: Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k, Buffer.from(v)])),
  };
}

describe('decoding a Kafka message for a consumer', () => {
  const v1Messages: V1Fact[] = [
    aDependantsScreeningV1(anArrestMade().data),
    opened,
    aHearingScheduledV1(opened.data),
    aSentenceImposedV1(opened.data),
    aClemencyGrantedV1(opened.data),
    aChildrenRecordedAtAdmissionV1(admission),
    aVisitTookPlaceV1(admission),
    aReleaseScheduledV1(admission),
  ];

  it.each(v1Messages.map((f) => [f.type, f] as const))(
    'hands a %s published at v1 on at v2, its data upcast and the rest as published',
    (_type, fact) => {
      const message = published(fact);
      const decoded = decodeEventMessage(message);
      expect(decoded).toMatchObject({
        type: fact.type,
        schemaVersion: 2,
        data: upcast(fact.type, 1, fact.data).data,
        streamPosition: 2,
        source: '/safeguard/an-agency-system',
      });
      expect(decoded.eventId).toBe(message.headers.ce_id.toString());
    },
  );

  it('hands a v1 visit on naming its child in childIds', () => {
    const visit = aVisitTookPlaceV1(admission);
    expect(decodeEventMessage(published(visit)).data).toEqual(expect.objectContaining({ childIds: [visit.data.childId] }));
    expect(decodeEventMessage(published(visit)).data).not.toHaveProperty('childId');
  });

  it('hands a message already at the current version on as published', () => {
    const visit = aVisitTookPlace(admission);
    expect(decodeEventMessage(published({ ...visit, schemaVersion: 2 }))).toMatchObject({ schemaVersion: 2, data: visit.data });
  });

  it('refuses, for good, a v1 message that breaks the v1 schema, before any upcasting', () => {
    const broken = aVisitTookPlaceV1(admission, { durationMinutes: -5 });
    expect(() => decodeEventMessage(published(broken))).toThrow(PermanentFailure);
    expect(() => decodeEventMessage(published(broken))).toThrow(/VisitTookPlace v1 breaks its schema: \/durationMinutes/);
  });

  it('refuses, for good, a message calling itself v2 that carries v1 data', () => {
    const visit = aVisitTookPlaceV1(admission);
    expect(() => decodeEventMessage(published({ ...visit, schemaVersion: 2 }))).toThrow(/VisitTookPlace v2 breaks its schema/);
  });

  it('hands a version newer than this reader knows on as it is', () => {
    const fromTheFuture = { ...aVisitTookPlace(admission).data, companions: ['Sok Mealea'] };
    expect(decodeEventMessage(published({ type: 'VisitTookPlace', schemaVersion: 3, data: fromTheFuture }))).toMatchObject({
      schemaVersion: 3,
      data: fromTheFuture,
    });
  });
});
