import { randomUUID } from 'node:crypto';
import { catalogueEntry, type EventEnvelope, type PrisonEvent } from '@safeguard/contracts';
import {
  aChildAdmittedWithParent,
  aChildAssessed,
  aChildBornInCustody,
  aChildLeftPrison,
  aChildrenRecordedAtAdmission,
  aFamilyNotified,
  aHomeLeaveGranted,
  aPersonAdmitted,
  aPersonReleased,
  aPregnancyRecorded,
  aPrisonerTransferred,
  aReturnedFromHomeLeave,
  aVisitTookPlace,
} from '@safeguard/contracts/testing/prison-fixtures';
import { custodyRecordView } from './custody-record.view';

const admitted = aPersonAdmitted();
const { custodyId, personId } = admitted.data;
const declined = aChildrenRecordedAtAdmission(admitted.data, {
  answer: 'declined-to-say',
  numberOfChildren: null,
  consentToRecordDetails: false,
  children: [],
});
const recorded = aChildrenRecordedAtAdmission(admitted.data);
const baby = aChildAdmittedWithParent(admitted.data);
const assessed = aChildAssessed(admitted.data, baby.data.childId);
const visit = aVisitTookPlace(admitted.data);
const pregnancy = aPregnancyRecorded(admitted.data);
const transferred = aPrisonerTransferred(admitted.data);
const notified = aFamilyNotified(admitted.data);
const born = aChildBornInCustody(admitted.data);
const babyLeft = aChildLeftPrison(admitted.data, baby.data.childId);
const babyBack = aChildAdmittedWithParent(admitted.data, { childId: baby.data.childId, admittedAt: '2026-10-01T09:00:00.000Z' });
const assessedAgain = aChildAssessed(admitted.data, baby.data.childId, { assessedAt: '2026-10-02T09:00:00.000Z' });

const envelopes = (...events: PrisonEvent[]): EventEnvelope[] =>
  events.map((e, i) => ({
    eventId: randomUUID(),
    type: e.type,
    schemaVersion: 1,
    streamId: `custody-${custodyId}`,
    streamPosition: i + 1,
    globalPosition: String(100 + i),
    subject: personId,
    occurredAt: catalogueEntry(e).occurredAtOf(e.data as never),
    recordedAt: new Date(Date.UTC(2027, 0, 1, i)).toISOString(),
    correlationId: randomUUID(),
    causationId: null,
    actor: { agency: 'prison', role: 'prison-officer', unitId: 'CC2', userId: 'warden-8' },
    source: '/safeguard/prison-service',
    data: e.data,
  }));

describe('custody record view', () => {
  describe('given no events', () => {
    it('is null', () => {
      expect(custodyRecordView([])).toBeNull();
    });
  });

  describe('given a woman just admitted', () => {
    it('shows her admission and where she is held, with nothing recorded of her children yet', () => {
      expect(custodyRecordView(envelopes(admitted))).toEqual({
        custodyId,
        version: 1,
        status: 'held',
        admission: admitted.data,
        facilityId: 'CC2',
        childrenAtAdmission: null,
        childrenInPrison: [],
        pregnancies: [],
        births: [],
        timeline: [],
        lastRecordedAt: '2027-01-01T00:00:00.000Z',
      });
    });
  });

  describe('given a custody with children outside, a baby inside, a birth, a transfer and family contact', () => {
    const events = [admitted, declined, recorded, baby, assessed, visit, pregnancy, transferred, notified, born, babyLeft, babyBack, assessedAgain];
    const view = custodyRecordView(envelopes(...events))!;

    it('is at the version of the last event', () => {
      expect(view).toMatchObject({ version: events.length, status: 'held', lastRecordedAt: '2027-01-01T12:00:00.000Z' });
    });

    it('shows her latest answer about her children', () => {
      expect(view.childrenAtAdmission).toEqual(recorded.data);
    });

    it('keeps each stay of a child in prison with its assessments and departure', () => {
      expect(view.childrenInPrison).toEqual([
        {
          childId: baby.data.childId,
          since: baby.data.admittedAt,
          arrival: { how: 'admitted-with-her', ...baby.data },
          assessments: [assessed.data],
          departure: babyLeft.data,
        },
        { childId: born.data.childId, since: born.data.bornAt, arrival: { how: 'born-in-custody', ...born.data }, assessments: [], departure: null },
        {
          childId: baby.data.childId,
          since: babyBack.data.admittedAt,
          arrival: { how: 'admitted-with-her', ...babyBack.data },
          assessments: [assessedAgain.data],
          departure: null,
        },
      ]);
    });

    it('shows her pregnancy and the birth', () => {
      expect(view).toMatchObject({ pregnancies: [pregnancy.data], births: [born.data] });
    });

    it('shows the facility she was transferred to', () => {
      expect(view.facilityId).toBe('KANDAL-PRISON');
    });

    it('keeps every other fact on the timeline, oldest first, at the time it happened', () => {
      expect(view.timeline).toEqual([
        { ...visit, occurredAt: visit.data.visitedAt },
        { ...transferred, occurredAt: transferred.data.transferredAt },
        { ...notified, occurredAt: notified.data.notifiedAt },
      ]);
    });
  });

  describe('given home leave and release', () => {
    it.each<[string, PrisonEvent[], string]>([
      ['on home leave', [admitted, aHomeLeaveGranted(admitted.data)], 'on-home-leave'],
      ['back from home leave', [admitted, aHomeLeaveGranted(admitted.data), aReturnedFromHomeLeave(admitted.data)], 'held'],
      ['released', [admitted, aPersonReleased(admitted.data)], 'released'],
    ])('shows her %s, with the movement on the timeline', (_name, events, status) => {
      const view = custodyRecordView(envelopes(...events))!;
      expect(view.status).toBe(status);
      expect(view.timeline.map((e) => e.type)).toEqual(events.slice(1).map((e) => e.type));
    });
  });
});
