import { aDependantsScreening, anArrestMade } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aChildAdmittedWithParent, aChildLeftPrison, aChildrenRecordedAtAdmission, aHomeLeaveGranted, aPersonAdmitted, aPersonReleased, aPhoneCallMade, aVisitTookPlace } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { cambodiaPolicy } from '../policy';
import { addDays } from '../prison-facts';
import type { SafeguardOutcome } from '../safeguard-outcome';
import { raiseAlertWhenNoParentChildContactWithin } from './raise-alert-when-no-parent-child-contact-within';

const policy = cambodiaPolicy.rules['no-parent-child-contact'];
const rule = raiseAlertWhenNoParentChildContactWithin(policy);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const day = (n: number) => addDays(a.admittedAt, n);
const recorded = aChildrenRecordedAtAdmission(a);
const [dara, sophea] = recorded.data.children.map((c) => c.childId);
const visitBy = (childId: string, n: number) => aVisitTookPlace(a, { childIds: [childId], visitedAt: day(n) });
const callTo = (childIds: string[], n: number) => aPhoneCallMade(a, childIds, { calledAt: day(n) });
const key = (childId: string, from: string) => `${a.custodyId}:${childId}:${from}`;
const about = (outcomes: SafeguardOutcome[], k: string) => outcomes.filter((o) => ('subjectKey' in o && o.subjectKey === k) || (o.kind === 'raise-alert' && o.alert.subjectKey === k));

describe('raise an alert when a parent in prison has no contact with a child', () => {
  it('schedules a deadline for each child outside, 30 days after admission', () => {
    expect(rule.evaluate(fileOf(admission, recorded))).toEqual([
      { kind: 'schedule-deadline', ruleId: 'no-parent-child-contact', subjectKey: key(dara, a.admittedAt), dueAt: day(30) },
      { kind: 'schedule-deadline', ruleId: 'no-parent-child-contact', subjectKey: key(sophea, a.admittedAt), dueAt: day(30) },
    ]);
  });

  it('a visit in time closes the period and starts the next 30 days from the visit', () => {
    const outcomes = rule.evaluate(fileOf(admission, recorded, visitBy(dara, 10)));
    expect(about(outcomes, key(dara, a.admittedAt)).map((o) => o.kind)).toEqual(['cancel-deadline', 'resolve-alert']);
    expect(about(outcomes, key(dara, day(10)))).toEqual([expect.objectContaining({ kind: 'schedule-deadline', dueAt: day(40) })]);
  });

  it('a call naming the child 5 days late raises and resolves, noting how late', () => {
    const outcomes = about(rule.evaluate(fileOf(admission, recorded, callTo([sophea], 35))), key(sophea, a.admittedAt));
    expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 5 * 24 * 60 });
  });

  it.each<[string, ReturnType<typeof fileOf>, string[]]>([
    ['no contact: raises', fileOf(admission, recorded), ['raise-alert']],
    ['a call to the caregiver naming no child: still raises', fileOf(admission, recorded, callTo([], 5)), ['raise-alert']],
    ['home leave at day 20: nothing', fileOf(admission, recorded, aHomeLeaveGranted(a, { leaveFrom: day(20) })), ['nothing']],
    ['released at day 20: nothing', fileOf(admission, recorded, aPersonReleased(a, { releasedAt: day(20) })), ['nothing']],
  ])('when the deadline passes, %s', (_name, file, kinds) => {
    expect(rule.onDeadline!(file, key(dara, a.admittedAt), new Date(day(30))).map((o) => o.kind)).toEqual(kinds);
  });

  it('leaves a child living in prison with her alone, and starts the clock when the child leaves', () => {
    const baby = aChildAdmittedWithParent(a);
    expect(rule.evaluate(fileOf(admission, baby))).toEqual([{ kind: 'nothing', ruleId: 'no-parent-child-contact', reason: 'no child outside prison is known' }]);
    const left = aChildLeftPrison(a, baby.data.childId, { leftAt: day(50) });
    expect(rule.evaluate(fileOf(admission, baby, left))).toEqual([expect.objectContaining({ kind: 'schedule-deadline', subjectKey: key(baby.data.childId, day(50)), dueAt: day(80) })]);
  });

  it('knows the children from the police when the prison recorded none', () => {
    const arrest = anArrestMade({ person: { ...anArrestMade().data.person, personId: a.personId } });
    const screening = aDependantsScreening(arrest.data);
    expect(rule.evaluate(fileOf(admission, arrest, screening))).toEqual([expect.objectContaining({ subjectKey: key(screening.data.children[0].childId, a.admittedAt) })]);
  });

  it('takes its window from the policy', () => {
    const weekly = raiseAlertWhenNoParentChildContactWithin({ ...policy, withinDays: 7 });
    const outcomes = about(weekly.evaluate(fileOf(admission, recorded, visitBy(dara, 10))), key(dara, a.admittedAt));
    expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
  });
});
