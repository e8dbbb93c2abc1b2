import { aFamilyNotified, aPersonAdmitted, aPersonReleased, aReleaseScheduled } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { cambodiaPolicy } from '../policy';
import { addDays, addHours } from '../prison-facts';
import { raiseAlertWhenReleaseNotPrepared } from './raise-alert-when-release-not-prepared';

const policy = cambodiaPolicy.rules['release-not-prepared'];
const rule = raiseAlertWhenReleaseNotPrepared(policy);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const releaseOn = '2027-03-03T09:00:00.000Z';
const scheduled = aReleaseScheduled(a, { scheduledAt: addDays(releaseOn, -30), releaseOn });
const key = `${a.custodyId}:${releaseOn}`;
const toldDaysBefore = (days: number, isCaregiver = true) => aFamilyNotified(a, { about: 'release', isCaregiver, notifiedAt: addDays(releaseOn, -days) });
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when the children’s caregiver is not told of the release in time', () => {
  it('schedules the deadline 14 days before the release', () => {
    expect(rule.evaluate(fileOf(admission, scheduled))).toEqual([{ kind: 'schedule-deadline', ruleId: 'release-not-prepared', subjectKey: key, dueAt: addDays(releaseOn, -14) }]);
  });

  it('caregiver told 20 days before: cancels, and clears an alert raised before the record arrived', () => {
    expect(kinds(rule.evaluate(fileOf(admission, scheduled, toldDaysBefore(20))))).toEqual(['cancel-deadline', 'resolve-alert']);
  });

  it('caregiver told 4 days before: raises and resolves, 10 days late', () => {
    const outcomes = rule.evaluate(fileOf(admission, scheduled, toldDaysBefore(4)));
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 10 * 24 * 60 });
  });

  it.each<[string, ReturnType<typeof fileOf>, string[]]>([
    ['nobody told: raises', fileOf(admission, scheduled), ['raise-alert']],
    ['only someone who is not the caregiver told: raises', fileOf(admission, scheduled, toldDaysBefore(20, false)), ['raise-alert']],
    ['caregiver told: nothing', fileOf(admission, scheduled, toldDaysBefore(20)), ['nothing']],
  ])('when the deadline passes, %s', (_name, file, expected) => {
    expect(kinds(rule.onDeadline!(file, key, new Date(addDays(releaseOn, -14))))).toEqual(expected);
  });

  it('gives 24 h from scheduling when a pardon frees her sooner than 14 days ahead, never later than the release', () => {
    const pardon = aReleaseScheduled(a, { scheduledAt: '2026-09-01T09:00:00.000Z', releaseOn: '2026-09-05T09:00:00.000Z', reason: 'pardon' });
    const sameDay = aReleaseScheduled(a, { scheduledAt: '2026-09-01T09:00:00.000Z', releaseOn: '2026-09-01T15:00:00.000Z', reason: 'amnesty' });
    expect(rule.evaluate(fileOf(admission, pardon))).toEqual([expect.objectContaining({ dueAt: '2026-09-02T09:00:00.000Z' })]);
    expect(rule.evaluate(fileOf(admission, sameDay))).toEqual([expect.objectContaining({ dueAt: '2026-09-01T15:00:00.000Z' })]);
  });

  it('a release rescheduled before the deadline replaces the first; release itself does not excuse the miss', () => {
    const later = aReleaseScheduled(a, { scheduledAt: addDays(releaseOn, -20), releaseOn: addDays(releaseOn, 60) });
    expect(kinds(rule.evaluate(fileOf(admission, scheduled, later)))).toEqual(['cancel-deadline', 'resolve-alert', 'schedule-deadline']);
    const releasedUnannounced = fileOf(admission, scheduled, aPersonReleased(a, { releasedAt: releaseOn }));
    expect(kinds(rule.onDeadline!(releasedUnannounced, key, new Date(releaseOn)))).toEqual(['raise-alert']);
  });

  it('takes its notice period from the policy', () => {
    const thirtyDays = raiseAlertWhenReleaseNotPrepared({ ...policy, daysBeforeRelease: 25 });
    expect(kinds(thirtyDays.evaluate(fileOf(admission, scheduled, toldDaysBefore(20))))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
  });
});
