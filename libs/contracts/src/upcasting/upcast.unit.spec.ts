import { EventCatalogue, type PublicEventType } from '../catalogue';
import { EventSchemas } from '../schemas';
import { anArrestMade } from '../testing/arrest-fixtures';
import { aPersonAdmitted, aVisitTookPlace } from '../testing/prison-fixtures';
import {
  aCaseOpenedV1,
  aChildrenRecordedAtAdmissionV1,
  aClemencyGrantedV1,
  aDependantsScreeningV1,
  aHearingScheduledV1,
  anArrestRecordCorrectedV1,
  aReleaseScheduledV1,
  aSentenceImposedV1,
  aVisitTookPlaceV1,
  type V1Fact,
} from '../testing/v1-fixtures';
import { upcast, upcastEnvelope } from './upcast';
import { Upcasters } from './upcasters';

const schemas = new EventSchemas();
const opened = aCaseOpenedV1();
const admission = aPersonAdmitted().data;

/** One stored v1 sample of every event whose schema moved past v1. */
const v1Samples: Record<V1Fact['type'], V1Fact> = {
  DependantsScreeningRecorded: aDependantsScreeningV1(anArrestMade().data),
  CaseOpened: opened,
  HearingScheduled: aHearingScheduledV1(opened.data),
  SentenceImposed: aSentenceImposedV1(opened.data),
  ClemencyGranted: aClemencyGrantedV1(opened.data),
  ChildrenRecordedAtAdmission: aChildrenRecordedAtAdmissionV1(admission),
  VisitTookPlace: aVisitTookPlaceV1(admission),
  ReleaseScheduled: aReleaseScheduledV1(admission),
  ArrestRecordCorrected: anArrestRecordCorrectedV1(anArrestMade().data),
};

const evolved = (Object.entries(EventCatalogue) as [PublicEventType, { schemaVersion: number }][]).filter(([, entry]) => entry.schemaVersion > 1);

describe('upcasting', () => {
  it('has a v1 sample for every event whose catalogue version is past 1', () => {
    expect(Object.keys(v1Samples).sort()).toEqual(evolved.map(([type]) => type).sort());
  });

  describe.each(evolved)('%s', (type, { schemaVersion: current }) => {
    it('has a step from every version below the current one', () => {
      const from = Array.from({ length: current - 1 }, (_, i) => i + 1);
      expect(from.filter((version) => typeof Upcasters[type]?.[version] !== 'function')).toEqual([]);
    });

    it('brings a v1 sample that honours the v1 schema to data the current schema accepts', () => {
      const sample = v1Samples[type as V1Fact['type']];
      expect(schemas.problems(type, 1, sample.data)).toEqual([]);
      const result = upcast(type, 1, sample.data);
      expect(result.schemaVersion).toBe(current);
      expect(schemas.problems(type, current, result.data)).toEqual([]);
    });
  });

  it('has no step for an event whose catalogue version is 1, nor past the current version', () => {
    for (const [type, steps] of Object.entries(Upcasters)) {
      const current = EventCatalogue[type as PublicEventType].schemaVersion;
      expect({
        type,
        steps: Object.keys(steps)
          .map(Number)
          .filter((v) => v >= current),
      }).toEqual({ type, steps: [] });
    }
  });

  it('leaves data already at the current version as it is', () => {
    const visit = aVisitTookPlace(admission).data;
    expect(upcast('VisitTookPlace', 2, visit)).toEqual({ schemaVersion: 2, data: visit });
  });

  it('leaves a version newer than the catalogue knows as it is, for its reader to judge', () => {
    const fromTheFuture = { visitId: 'x', childIds: [], companions: ['a'] };
    expect(upcast('VisitTookPlace', 3, fromTheFuture)).toEqual({ schemaVersion: 3, data: fromTheFuture });
  });

  it('leaves a type the catalogue does not know as it is', () => {
    expect(upcast('SomethingElseHappened', 1, { a: 1 })).toEqual({ schemaVersion: 1, data: { a: 1 } });
  });

  it('changes only the version and the data of an envelope', () => {
    const stored = aVisitTookPlaceV1(admission);
    const envelope = {
      eventId: '0b7c5d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
      type: stored.type,
      schemaVersion: 1,
      streamId: `custody-${admission.custodyId}`,
      streamPosition: 3,
      globalPosition: '17',
      subject: admission.personId,
      occurredAt: stored.data.visitedAt,
      recordedAt: '2026-03-20T10:00:00.000Z',
      correlationId: '1b7c5d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
      causationId: null,
      actor: { agency: 'prison', role: 'prison-officer', unitId: 'CC2', userId: 'officer-3' },
      source: '/safeguard/prison-service',
      data: stored.data,
    } as const;
    expect(upcastEnvelope(envelope)).toEqual({ ...envelope, schemaVersion: 2, data: upcast('VisitTookPlace', 1, stored.data).data });
    const current = { ...envelope, schemaVersion: 2, data: aVisitTookPlace(admission).data };
    expect(upcastEnvelope(current)).toBe(current);
  });
});
