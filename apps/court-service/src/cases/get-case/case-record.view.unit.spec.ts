import { randomUUID } from 'node:crypto';
import type { CourtEvent, EventEnvelope } from '@safeguard/contracts';
import {
  aCaseClosed,
  aCaseOpened,
  aClemencyGranted,
  aFamilyNotifiedOfHearing,
  aHearingScheduled,
  aLegalRepresentationRecorded,
  anAppealDecided,
  anAppealFiled,
  aPretrialDetentionExtended,
  aPretrialDetentionOrdered,
  aSentenceImposed,
  aVerdictDelivered,
} from '@safeguard/contracts/testing/court-fixtures';
import { caseRecordView } from './case-record.view';

const opened = aCaseOpened();
const { caseId, personId } = opened.data;
const represented = aLegalRepresentationRecorded(opened.data);
const unrepresented = aLegalRepresentationRecorded(opened.data, { represented: false, lawyerName: null, organisation: null });
const detention = aPretrialDetentionOrdered(opened.data);
const extended = aPretrialDetentionExtended(opened.data);
const trial = aHearingScheduled(opened.data);
const notified = aFamilyNotifiedOfHearing(trial.data);
const verdict = aVerdictDelivered(opened.data);
const sentenced = aSentenceImposed(opened.data, { startDeferredUntil: '2026-12-01T00:00:00.000Z' });
const appealed = anAppealFiled(opened.data, { filedBy: 'prosecution' });
const otherAppeal = anAppealFiled(opened.data, { filedAt: appealed.data.filedAt, filedBy: 'defence', detainedPendingAppeal: false });
const appealHearing = aHearingScheduled(opened.data, { kind: 'appeal', scheduledAt: appealed.data.filedAt, hearingAt: '2027-04-20T01:30:00.000Z' });
const appealDecided = anAppealDecided(appealed.data);
const clemency = aClemencyGranted(opened.data);
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
    const events = [
      opened,
      represented,
      unrepresented,
      detention,
      extended,
      trial,
      appealHearing,
      notified,
      verdict,
      sentenced,
      appealed,
      otherAppeal,
      appealDecided,
      clemency,
      closed,
    ];
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
