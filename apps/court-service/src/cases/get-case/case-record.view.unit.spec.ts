import { randomUUID } from 'node:crypto';
import type { CourtEvent, EventEnvelope } from '@safeguard/contracts';
import { aCaseClosed, aCaseOpened, aDetentionOrder, aHearingScheduled, aVerdictDelivered } from '../open-case/court-fixtures';
import { caseRecordView } from './case-record.view';

const opened = aCaseOpened();
const { caseId, personId } = opened.data;
const represented: CourtEvent = {
  type: 'LegalRepresentationRecorded',
  data: { caseId, personId, recordedAt: '2026-03-04T10:00:00.000Z', represented: true, lawyerName: 'Chan Sopheap', organisation: 'Legal Aid of Cambodia' },
};
const unrepresented: CourtEvent = { ...represented, data: { ...represented.data, represented: false, lawyerName: null, organisation: null } };
const detention = aDetentionOrder(opened.data);
const extended: CourtEvent = {
  type: 'PretrialDetentionExtended',
  data: { caseId, personId, extendedAt: '2026-07-01T09:00:00.000Z', judge: 'judge-1', additionalMonths: 2, until: '2026-09-05T10:00:00.000Z' },
};
const trial = aHearingScheduled(opened.data);
const appealHearing = aHearingScheduled(opened.data, { kind: 'appeal', hearingAt: '2026-08-10T08:30:00.000Z' });
const notified: CourtEvent = {
  type: 'FamilyNotifiedOfHearing',
  data: { caseId, personId, hearingId: trial.data.hearingId, notifiedAt: '2026-05-01T09:00:00.000Z', notifiedPerson: 'Sok Mealea (mother)', method: 'phone' },
};
const verdict = aVerdictDelivered(opened.data);
const sentenced: CourtEvent = {
  type: 'SentenceImposed',
  data: {
    caseId,
    personId,
    imposedAt: '2026-05-20T10:00:00.000Z',
    custodialMonths: 24,
    suspendedMonths: 12,
    nonCustodialMeasures: [],
    childrenWelfareConsidered: true,
    nonCustodialAlternativesConsidered: true,
    startDeferredUntil: '2026-07-01T00:00:00.000Z',
  },
};
const appealId = randomUUID();
const appealed: CourtEvent = { type: 'AppealFiled', data: { caseId, personId, appealId, filedAt: '2026-05-25T09:00:00.000Z', filedBy: 'prosecution', detainedPendingAppeal: true } };
const otherAppeal: CourtEvent = { type: 'AppealFiled', data: { ...appealed.data, appealId: randomUUID(), filedBy: 'defence', detainedPendingAppeal: false } };
const appealDecided: CourtEvent = { type: 'AppealDecided', data: { caseId, personId, appealId, decidedAt: '2026-08-10T10:00:00.000Z', outcome: 'sentence-changed', newCustodialMonths: 18 } };
const clemency: CourtEvent = { type: 'ClemencyGranted', data: { caseId, personId, grantedAt: '2027-01-07T09:00:00.000Z', kind: 'sentence-reduction', reductionMonths: 6 } };
const closed = aCaseClosed(opened.data);

const envelopes = (...events: CourtEvent[]): EventEnvelope[] =>
  events.map((e, i) => ({
    eventId: randomUUID(),
    type: e.type,
    schemaVersion: 1,
    streamId: `case-${caseId}`,
    streamPosition: i + 1,
    globalPosition: String(100 + i),
    subject: personId,
    occurredAt: '2026-03-04T09:00:00.000Z',
    recordedAt: new Date(Date.UTC(2027, 0, 1, i)).toISOString(),
    correlationId: randomUUID(),
    causationId: null,
    actor: { agency: 'court', role: 'court-clerk', unitId: 'PP-MUNICIPAL-COURT', userId: 'clerk-3' },
    source: '/safeguard/court-service',
    data: e.data,
  }));

describe('case record view', () => {
  describe('given no events', () => {
    it('is null', () => {
      expect(caseRecordView([])).toBeNull();
    });
  });

  describe('given a case just opened', () => {
    it('shows the case and its charges, with nothing decided yet', () => {
      const { charges, ...theCase } = opened.data;
      expect(caseRecordView(envelopes(opened))).toEqual({
        caseId,
        version: 1,
        status: 'open',
        case: theCase,
        charges,
        lawyer: null,
        pretrial: { decisions: [], extensions: [] },
        hearings: [],
        verdict: null,
        sentence: null,
        appeals: [],
        clemency: [],
        closed: null,
        lastRecordedAt: '2027-01-01T00:00:00.000Z',
      });
    });
  });

  describe('given a case from opening to closing', () => {
    const events = [opened, represented, unrepresented, detention, extended, trial, appealHearing, notified, verdict, sentenced, appealed, otherAppeal, appealDecided, clemency, closed];
    const view = caseRecordView(envelopes(...events))!;

    it('is at the version of the last event, and closed', () => {
      expect(view).toMatchObject({ version: events.length, status: 'closed', closed: closed.data, lastRecordedAt: '2027-01-01T14:00:00.000Z' });
    });

    it('shows the latest legal representation as her lawyer', () => {
      expect(view.lawyer).toEqual(unrepresented.data);
    });

    it('keeps pretrial decisions and extensions', () => {
      expect(view.pretrial).toEqual({ decisions: [detention.data], extensions: [extended.data] });
    });

    it('keeps each family notification with its hearing', () => {
      expect(view.hearings).toEqual([
        { ...trial.data, familyNotifications: [notified.data] },
        { ...appealHearing.data, familyNotifications: [] },
      ]);
    });

    it('shows the verdict, the sentence and the clemency', () => {
      expect(view).toMatchObject({ verdict: verdict.data, sentence: sentenced.data, clemency: [clemency.data] });
    });

    it('keeps each appeal with its decision, or none while it waits', () => {
      expect(view.appeals).toEqual([
        { ...appealed.data, decision: appealDecided.data },
        { ...otherAppeal.data, decision: null },
      ]);
    });
  });
});
