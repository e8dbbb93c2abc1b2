import { aCaseOpened, aFamilyNotifiedOfHearing, aHearingScheduled } from '../../../../../libs/contracts/src/testing/court-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { cambodiaCourtRules, type HearingNotNotifiedPolicy } from '../court-policy';
import { raiseAlertWhenFamilyNotNotifiedOfHearing } from './raise-alert-when-family-not-notified-of-hearing';

const policy = cambodiaCourtRules['hearing-not-notified'];
const rule = raiseAlertWhenFamilyNotNotifiedOfHearing(policy);
const opened = aCaseOpened();
const trial = aHearingScheduled(opened.data, { scheduledAt: '2026-05-01T02:00:00.000Z', hearingAt: '2026-06-01T02:00:00.000Z' });
const key = `${opened.data.caseId}:${trial.data.hearingId}`;
const toldAt = (iso: string, hearing = trial) => aFamilyNotifiedOfHearing(hearing.data, { notifiedAt: iso });
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when the family is not told of a hearing in time', () => {
  it('schedules the deadline 7 days before a hearing set a month ahead', () => {
    expect(rule.evaluate(fileOf(opened, trial))).toEqual([{ kind: 'schedule-deadline', ruleId: 'hearing-not-notified', subjectKey: key, dueAt: '2026-05-25T02:00:00.000Z' }]);
  });

  it('cancels it when the family was told in time', () => {
    expect(kinds(rule.evaluate(fileOf(opened, trial, toldAt('2026-05-03T02:00:00.000Z'))))).toEqual(['cancel-deadline', 'resolve-alert']);
  });

  it('raises and resolves, saying how late, when they were told 3 days before the hearing', () => {
    const outcomes = rule.evaluate(fileOf(opened, trial, toldAt('2026-05-29T02:00:00.000Z')));
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 4 * 24 * 60 });
  });

  it('gives 24 h from the scheduling when the hearing is set 3 days ahead', () => {
    const soon = aHearingScheduled(opened.data, { scheduledAt: '2026-05-01T02:00:00.000Z', hearingAt: '2026-05-04T02:00:00.000Z' });
    expect(rule.evaluate(fileOf(opened, soon))).toMatchObject([{ kind: 'schedule-deadline', dueAt: '2026-05-02T02:00:00.000Z' }]);
  });

  it('never lets the deadline fall after a hearing set for the next morning', () => {
    const tomorrow = aHearingScheduled(opened.data, { scheduledAt: '2026-05-01T10:00:00.000Z', hearingAt: '2026-05-02T02:00:00.000Z' });
    expect(rule.evaluate(fileOf(opened, tomorrow))).toMatchObject([{ kind: 'schedule-deadline', dueAt: '2026-05-02T02:00:00.000Z' }]);
  });

  it('judges a rescheduled hearing on its latest date, counting only notice given since', () => {
    const moved = aHearingScheduled(opened.data, { hearingId: trial.data.hearingId, scheduledAt: '2026-05-20T02:00:00.000Z', hearingAt: '2026-07-01T02:00:00.000Z' });
    const outcomes = rule.evaluate(fileOf(opened, trial, toldAt('2026-05-03T02:00:00.000Z'), moved));
    expect(outcomes).toEqual([{ kind: 'schedule-deadline', ruleId: 'hearing-not-notified', subjectKey: key, dueAt: '2026-06-24T02:00:00.000Z' }]);
  });

  describe('when the deadline passes', () => {
    it('raises against the court holding the hearing', () => {
      const [raise] = rule.onDeadline!(fileOf(opened, trial), key, new Date('2026-05-25T02:00:00.000Z'));
      expect(raise).toMatchObject({ kind: 'raise-alert', alert: { responsibleAgency: 'court', responsibleUnitId: trial.data.place, severity: 'medium', dueAt: '2026-05-25T02:00:00.000Z' } });
    });

    it('does nothing once the family was told', () => {
      expect(kinds(rule.onDeadline!(fileOf(opened, trial, toldAt('2026-05-03T02:00:00.000Z')), key, new Date('2026-05-25T02:00:00.000Z')))).toEqual(['nothing']);
    });
  });

  it('takes its notice period from the policy', () => {
    const fourteenDays: HearingNotNotifiedPolicy = { ...policy, noticeDays: 14 };
    expect(raiseAlertWhenFamilyNotNotifiedOfHearing(fourteenDays).evaluate(fileOf(opened, trial))).toMatchObject([{ dueAt: '2026-05-18T02:00:00.000Z' }]);
  });
});
