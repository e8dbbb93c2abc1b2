import { aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aChildAdmittedWithParent,
  aChildrenRecordedAtAdmission,
  aFamilyNotified,
  aPersonAdmitted,
  aPersonReleased,
  aReleaseScheduled,
} from '@safeguard/contracts/testing/prison-fixtures';
import { eventIdOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenReleaseNotPrepared } from './raise-alert-when-release-not-prepared';

const policy = cambodiaPolicy.rules['release-not-prepared'];
const rule = raiseAlertWhenReleaseNotPrepared(policy, testWords);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const children = aChildrenRecordedAtAdmission(a);
const releaseOn = '2027-03-03T02:00:00.000Z';
const daysBefore = (days: number) => new Date(Date.parse(releaseOn) - days * 24 * 3_600_000).toISOString();
const scheduled = aReleaseScheduled(a, { scheduledAt: daysBefore(30), scheduledAtSource: 'stated-by-agency', releaseOn });
const key = `${a.custodyId}:${releaseOn}`;
const toldDaysBefore = (days: number, isCaregiver = true) => aFamilyNotified(a, { about: 'release', isCaregiver, notifiedAt: daysBefore(days) });
const held = [admission, children] as const;

describe('raise an alert when the children’s caregiver is not told of her release in time', () => {
  it('is due 14 days before the release, caused by its scheduling', () => {
    expect(judged(rule, policy, ...held, scheduled)).toEqual([
      { kind: 'schedule-deadline', ruleId: 'release-not-prepared', subjectKey: key, dueAt: daysBefore(14), causedBy: eventIdOf(scheduled) },
    ]);
  });

  it('is quiet when the caregiver was told 20 days before, and clears an alert raised before the record arrived', () => {
    expect(kinds(judged(rule, policy, ...held, scheduled, toldDaysBefore(20)))).toEqual(['cancel-deadline', 'withdraw-alert']);
  });

  it('raises and resolves, 10 days late, when the caregiver was told 4 days before', () => {
    const outcomes = judged(rule, policy, ...held, scheduled, toldDaysBefore(4));
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({
      lateByMinutes: 10 * 24 * 60,
      reason: expect.stringContaining('the children’s caregiver was told of the release 10 d after the deadline'),
    });
  });

  it.each<[string, unknown[], string[]]>([
    ['nobody told: raises', [], ['raise-alert']],
    ['only someone who is not the caregiver told: raises', [toldDaysBefore(20, false)], ['raise-alert']],
    ['the caregiver told before the prison set the release: raises', [toldDaysBefore(40)], ['raise-alert']],
    ['the caregiver told: nothing', [toldDaysBefore(20)], ['nothing']],
  ])('when the deadline passes, %s', (_name, facts, expected) => {
    expect(kinds(atDeadline(rule, policy, key, daysBefore(14), ...held, scheduled, ...(facts as [])))).toEqual(expected);
  });

  it('counts a notice dated before a scheduling the prison service stamped on receipt, but not one before the scheduling it replaced', () => {
    const first = aReleaseScheduled(a, { scheduledAt: daysBefore(60), releaseOn: daysBefore(45) });
    const stamped = aReleaseScheduled(a, { scheduledAt: daysBefore(16), scheduledAtSource: 'time-of-receipt', releaseOn });
    const stampedKey = `${a.custodyId}:${releaseOn}`;
    const at = (facts: unknown[]) =>
      kinds(judged(rule, policy, ...held, first, stamped, ...(facts as [])).filter((o) => 'subjectKey' in o && o.subjectKey === stampedKey));
    expect(at([toldDaysBefore(20)])).toEqual(['cancel-deadline', 'withdraw-alert']);
    expect(at([toldDaysBefore(70)])).toEqual(['schedule-deadline']);
  });

  it('never counts a notice given after she was released', () => {
    const afterwards = aFamilyNotified(a, { about: 'release', isCaregiver: true, notifiedAt: '2027-03-04T02:00:00.000Z' });
    expect(kinds(judged(rule, policy, ...held, scheduled, afterwards))).toEqual(['schedule-deadline']);
  });

  it('gives 24 h from the setting when a pardon frees her sooner than 14 days ahead, never later than the release', () => {
    const pardon = aReleaseScheduled(a, { scheduledAt: '2026-09-01T09:00:00.000Z', releaseOn: '2026-09-05T09:00:00.000Z', reason: 'pardon' });
    const sameDay = aReleaseScheduled(a, { scheduledAt: '2026-09-01T09:00:00.000Z', releaseOn: '2026-09-01T15:00:00.000Z', reason: 'amnesty' });
    expect(judged(rule, policy, ...held, pardon)).toEqual([expect.objectContaining({ dueAt: '2026-09-02T09:00:00.000Z' })]);
    expect(judged(rule, policy, ...held, sameDay)).toEqual([expect.objectContaining({ dueAt: '2026-09-01T15:00:00.000Z' })]);
    expect(
      raised(atDeadline(rule, policy, `${a.custodyId}:2026-09-05T09:00:00.000Z`, '2026-09-03T00:00:00.000Z', ...held, pardon)).summary,
    ).toContain(
      'the caregiver is owed notice within 24 h of the release being set, since it comes sooner than 14 days (a benchmark, not a legal limit)',
    );
  });

  it('lets a release set again before the deadline replace the first; her release itself does not excuse the miss', () => {
    const later = aReleaseScheduled(a, { scheduledAt: daysBefore(20), scheduledAtSource: 'stated-by-agency', releaseOn: '2027-05-02T02:00:00.000Z' });
    expect(kinds(judged(rule, policy, ...held, scheduled, later))).toEqual(['cancel-deadline', 'withdraw-alert', 'schedule-deadline']);
    expect(kinds(atDeadline(rule, policy, key, releaseOn, ...held, scheduled, aPersonReleased(a, { releasedAt: releaseOn })))).toEqual([
      'raise-alert',
    ]);
  });

  it('raises against the prison holding her, in plain words', () => {
    const alert = raised(atDeadline(rule, policy, key, daysBefore(13), ...held, scheduled));
    expect(alert).toMatchObject({
      responsibleAgency: 'prison',
      responsibleUnitId: 'CC2',
      severity: 'medium',
      dueAt: daysBefore(14),
      childIds: children.data.children.map((c) => c.childId),
    });
    expect(alert.summary).toBe(
      'No record that the caregiver of their children was told by 17 Feb 2027, 09:00 GMT+7 that the parent will be released at the end of the sentence on 3 Mar 2027, 09:00 GMT+7 ' +
        '(set on 1 Feb 2027, 09:00 GMT+7): the caregiver is owed notice 14 days ahead (a benchmark, not a legal limit), so the children can be prepared.',
    );
  });

  describe('across agencies', () => {
    const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...anArrestMade().data.person, personId: a.personId } });

    it('is owed when only the police recorded her children, and names them', () => {
      const screening = aDependantsScreening(arrest.data);
      const alert = raised(atDeadline(rule, policy, key, daysBefore(13), arrest, screening, admission, scheduled));
      expect(alert.childIds).toEqual(screening.data.children.map((c) => c.childId));
      expect(alert.summary).toContain('the caregiver of her children was told by 17 Feb 2027, 09:00 GMT+7 that the mother will be released');
    });

    it('is not owed when no agency knows of a child, saying why', () => {
      const none = aDependantsScreening(arrest.data, { answer: 'no-dependants', numberOfChildren: 0, children: [] });
      expect(judged(rule, policy, arrest, none, admission, scheduled)).toEqual([
        { kind: 'nothing', ruleId: 'release-not-prepared', reason: 'no release of a parent is scheduled' },
      ]);
    });

    it('leaves out a baby living in prison with her, who leaves with her', () => {
      const baby = aChildAdmittedWithParent(a, { childId: 'prison-baby' });
      expect(raised(atDeadline(rule, policy, key, daysBefore(13), ...held, baby, scheduled)).childIds).not.toContain('prison-baby');
    });
  });

  it('decides the same whatever order the facts arrive in', () => {
    const late = toldDaysBefore(4);
    expect(judged(rule, policy, late, scheduled, children, admission)).toEqual(judged(rule, policy, admission, children, scheduled, late));
  });

  it('takes its notice period from the policy', () => {
    const california = californiaPolicy.rules['release-not-prepared'];
    const longer = raiseAlertWhenReleaseNotPrepared({ ...california, daysBeforeRelease: 25 }, testWords);
    expect(kinds(judged(longer, california, ...held, scheduled, toldDaysBefore(20)))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
  });
});
