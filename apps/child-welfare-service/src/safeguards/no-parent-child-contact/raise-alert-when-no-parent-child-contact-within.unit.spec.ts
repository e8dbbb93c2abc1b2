import { aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aChildAdmittedWithParent,
  aChildLeftPrison,
  aChildrenRecordedAtAdmission,
  aHomeLeaveGranted,
  aPersonAdmitted,
  aPersonReleased,
  aPhoneCallMade,
  aVisitTookPlace,
} from '@safeguard/contracts/testing/prison-fixtures';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import type { SafeguardOutcome } from '../safeguard-outcome';
import { raiseAlertWhenNoParentChildContactWithin } from './raise-alert-when-no-parent-child-contact-within';

const policy = cambodiaPolicy.rules['no-parent-child-contact'];
const rule = raiseAlertWhenNoParentChildContactWithin(policy, testWords);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const day = (n: number) => new Date(Date.parse(a.admittedAt) + n * 24 * 3_600_000).toISOString();
const recorded = aChildrenRecordedAtAdmission(a);
const [dara, sophea] = recorded.data.children.map((c) => c.childId);
const visitBy = (childIds: string[], n: number) => aVisitTookPlace(a, { childIds, visitedAt: day(n) });
const callTo = (childIds: string[], n: number) => aPhoneCallMade(a, childIds, { calledAt: day(n) });
const key = (childId: string, from: string) => `${a.custodyId}:${childId}:${from}`;
const about = (outcomes: readonly SafeguardOutcome[], k: string) =>
  outcomes.filter((o) => (o.kind === 'raise-alert' ? o.alert.subjectKey : 'subjectKey' in o ? o.subjectKey : null) === k);

describe('raise an alert when a parent in prison has no contact with a child', () => {
  it('watches each child outside prison, due 30 days after admission', () => {
    expect(judged(rule, policy, admission, recorded)).toEqual([
      expect.objectContaining({ kind: 'schedule-deadline', subjectKey: key(dara, a.admittedAt), dueAt: day(30) }),
      expect.objectContaining({ kind: 'schedule-deadline', subjectKey: key(sophea, a.admittedAt), dueAt: day(30) }),
    ]);
  });

  it('is met by a visit in time, which opens the next 30 days from the visit', () => {
    const outcomes = judged(rule, policy, admission, recorded, visitBy([dara], 10));
    expect(kinds(about(outcomes, key(dara, a.admittedAt)))).toEqual(['cancel-deadline', 'withdraw-alert']);
    expect(about(outcomes, key(dara, day(10)))).toEqual([expect.objectContaining({ kind: 'schedule-deadline', dueAt: day(40) })]);
  });

  it('counts a visit by both children for each of them', () => {
    const outcomes = judged(rule, policy, admission, recorded, visitBy([dara, sophea], 10));
    expect(kinds(about(outcomes, key(dara, a.admittedAt)))).toEqual(['cancel-deadline', 'withdraw-alert']);
    expect(kinds(about(outcomes, key(sophea, a.admittedAt)))).toEqual(['cancel-deadline', 'withdraw-alert']);
  });

  it('raises and resolves, 5 days late, for a call naming the child on day 35', () => {
    const outcomes = about(judged(rule, policy, admission, recorded, callTo([sophea], 35)), key(sophea, a.admittedAt));
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 5 * 24 * 60, reason: expect.stringContaining('a call 5 d after the deadline') });
  });

  it.each<[string, unknown[], string[]]>([
    ['no contact: raises', [], ['raise-alert']],
    ['a call to the caregiver naming no child: still raises', [callTo([], 5)], ['raise-alert']],
    ['only the other child visited: still raises', [visitBy([sophea], 5)], ['raise-alert']],
    ['home leave from day 20: nothing', [aHomeLeaveGranted(a, { grantedAt: day(15), leaveFrom: day(20), leaveUntil: day(23) })], ['nothing']],
    ['released on day 20: nothing', [aPersonReleased(a, { releasedAt: day(20) })], ['nothing']],
  ])('when the deadline passes, %s', (_name, facts, expected) => {
    expect(kinds(atDeadline(rule, policy, key(dara, a.admittedAt), day(30), admission, recorded, ...(facts as [])))).toEqual(expected);
  });

  it('counts home leave from the day she went home, not the day it was granted', () => {
    const leave = aHomeLeaveGranted(a, { grantedAt: day(25), leaveFrom: day(35), leaveUntil: day(38) });
    expect(kinds(about(judged(rule, policy, admission, recorded, leave), key(dara, a.admittedAt)))).toEqual([
      'cancel-deadline',
      'raise-alert',
      'resolve-alert',
    ]);
  });

  it('raises against the prison holding her, in plain words with no child’s name', () => {
    const arrest = anArrestMade({ person: { ...anArrestMade().data.person, personId: a.personId } });
    const alert = raised(atDeadline(rule, policy, key(dara, a.admittedAt), day(31), arrest, admission, recorded));
    expect(alert).toMatchObject({ responsibleAgency: 'prison', responsibleUnitId: 'CC2', severity: 'medium', childIds: [dara], dueAt: day(30) });
    expect(alert.summary).toBe(
      'No visit or call between the mother in prison and one of her children since her admission on 3 Mar 2026, 16:00 GMT+7: ' +
        'contact is due at least every 30 days (a benchmark, not a legal limit), so by 2 Apr 2026, 16:00 GMT+7.',
    );
  });

  it('leaves a child living in prison with her alone, and starts the clock when the child leaves', () => {
    const baby = aChildAdmittedWithParent(a, { childId: 'prison-baby' });
    expect(judged(rule, policy, admission, baby)).toEqual([
      { kind: 'nothing', ruleId: 'no-parent-child-contact', reason: 'no child of hers is known to live outside prison while she is held' },
    ]);
    const left = aChildLeftPrison(a, 'prison-baby', { leftAt: day(50) });
    expect(judged(rule, policy, admission, baby, left)).toEqual([
      expect.objectContaining({ kind: 'schedule-deadline', subjectKey: key('prison-baby', day(50)), dueAt: day(80) }),
    ]);
  });

  it('watches a child only the police recorded, and counts the prison’s visit by the same child under its own reference', () => {
    const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...anArrestMade().data.person, personId: a.personId } });
    const child = recorded.data.children[0];
    const screening = aDependantsScreening(arrest.data, {
      numberOfChildren: 1,
      children: [
        {
          childId: 'police-dara',
          name: child.name,
          sex: child.sex,
          detailsWithheld: null,
          dateOfBirth: child.dateOfBirth,
          birthYear: null,
          ageYears: null,
          whereabouts: 'with-relative',
          caregiver: null,
        },
      ],
    });
    expect(judged(rule, policy, arrest, screening, admission)).toEqual([
      expect.objectContaining({ kind: 'schedule-deadline', subjectKey: key('police-dara', a.admittedAt), dueAt: day(30) }),
    ]);
    const prisonRecord = aChildrenRecordedAtAdmission(a, { numberOfChildren: 1, children: [child] });
    const outcomes = judged(rule, policy, arrest, screening, admission, prisonRecord, visitBy([dara], 12));
    expect(kinds(about(outcomes, key('police-dara', a.admittedAt)))).toEqual(['cancel-deadline', 'withdraw-alert']);
    expect(
      raised(atDeadline(rule, policy, key('police-dara', day(12)), day(43), arrest, screening, admission, prisonRecord, visitBy([dara], 12)))
        .childIds,
    ).toEqual(['police-dara', dara]);
  });

  it('decides the same whatever order the facts arrive in', () => {
    const facts = [admission, recorded, visitBy([dara], 40), callTo([sophea], 10)] as const;
    expect(judged(rule, policy, ...[...facts].reverse())).toEqual(judged(rule, policy, ...facts));
  });

  it('takes its window from the policy', () => {
    const california = californiaPolicy.rules['no-parent-child-contact'];
    const weekly = raiseAlertWhenNoParentChildContactWithin({ ...california, withinDays: 7 }, testWords);
    expect(kinds(about(judged(weekly, california, admission, recorded, visitBy([dara], 10)), key(dara, a.admittedAt)))).toEqual([
      'cancel-deadline',
      'raise-alert',
      'resolve-alert',
    ]);
  });
});
