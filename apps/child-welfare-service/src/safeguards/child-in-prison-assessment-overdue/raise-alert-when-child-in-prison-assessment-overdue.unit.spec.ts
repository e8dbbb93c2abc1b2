import { aChildAdmittedWithParent, aChildAssessed, aChildBornInCustody, aChildLeftPrison, aPersonAdmitted } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { addDays } from '../prison-facts';
import type { SafeguardOutcome } from '../safeguard-outcome';
import { raiseAlertWhenChildInPrisonAssessmentOverdue } from './raise-alert-when-child-in-prison-assessment-overdue';

const rule = raiseAlertWhenChildInPrisonAssessmentOverdue(cambodiaPolicy.rules['child-in-prison-assessment-overdue']);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const infant = aChildAdmittedWithParent(a, { dateOfBirth: '2025-08-14' });
const childId = infant.data.childId;
const day = (n: number) => addDays(a.admittedAt, n);
const assessedOn = (n: number, plan: string | null = null) => aChildAssessed(a, childId, { assessedAt: day(n), referralOrPlacementPlan: plan });
const periodKey = (start: string) => `${a.custodyId}:${childId}:${start}`;
const ageKey = `${a.custodyId}:${childId}:age-limit`;
const about = (outcomes: SafeguardOutcome[], key: string) => outcomes.filter((o) => 'subjectKey' in o && o.subjectKey === key || (o.kind === 'raise-alert' && o.alert.subjectKey === key)).map((o) => o.kind);

describe('raise an alert when a child living in prison is not assessed', () => {
  describe('the rolling assessment', () => {
    it('schedules the first assessment 90 days after the child came in', () => {
      expect(rule.evaluate(fileOf(admission, infant))).toContainEqual({ kind: 'schedule-deadline', ruleId: 'child-in-prison-assessment-overdue', subjectKey: periodKey(a.admittedAt), dueAt: day(90) });
    });

    it('an assessment in time closes the period and opens the next, 90 days after it', () => {
      const outcomes = rule.evaluate(fileOf(admission, infant, assessedOn(14)));
      expect(about(outcomes, periodKey(a.admittedAt))).toEqual(['cancel-deadline', 'resolve-alert']);
      expect(outcomes).toContainEqual(expect.objectContaining({ kind: 'schedule-deadline', subjectKey: periodKey(day(14)), dueAt: day(104) }));
    });

    it('an assessment 10 days late raises and resolves, noting how late', () => {
      const outcomes = rule.evaluate(fileOf(admission, infant, assessedOn(100)));
      expect(about(outcomes, periodKey(a.admittedAt))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
      expect(outcomes.find((o) => o.kind === 'resolve-alert')).toMatchObject({ lateByMinutes: 10 * 24 * 60 });
    });

    it.each<[string, ReturnType<typeof fileOf>, string, string[]]>([
      ['no assessment: raises, naming the child', fileOf(admission, infant), day(90), ['raise-alert']],
      ['assessed: nothing', fileOf(admission, infant, assessedOn(30)), day(90), ['nothing']],
      ['the child left at day 60: nothing', fileOf(admission, infant, aChildLeftPrison(a, childId, { leftAt: day(60) })), day(90), ['nothing']],
    ])('when the deadline passes, %s', (_name, file, now, kinds) => {
      const outcomes = rule.onDeadline!(file, periodKey(a.admittedAt), new Date(now));
      expect(outcomes.map((o) => o.kind)).toEqual(kinds);
      if (kinds[0] === 'raise-alert') expect(outcomes[0]).toMatchObject({ alert: { childIds: [childId], responsibleUnitId: 'CC2', severity: 'high' } });
    });

    it('counts from birth for a child born in custody', () => {
      const born = aChildBornInCustody(a, { bornAt: day(138) });
      expect(rule.evaluate(fileOf(admission, born))).toContainEqual(expect.objectContaining({ kind: 'schedule-deadline', dueAt: day(228) }));
    });
  });

  describe('the age limit', () => {
    const nearlyThree = aChildAdmittedWithParent(a, { dateOfBirth: '2023-04-01' });
    const key = `${a.custodyId}:${nearlyThree.data.childId}:age-limit`;
    const plan = (n: number) => aChildAssessed(a, nearlyThree.data.childId, { assessedAt: day(n), referralOrPlacementPlan: 'To her grandmother in Takhmao, visits arranged by the partner NGO.' });

    it('schedules the third birthday', () => {
      expect(rule.evaluate(fileOf(admission, infant))).toContainEqual(expect.objectContaining({ kind: 'schedule-deadline', subjectKey: ageKey, dueAt: '2028-08-14T00:00:00.000Z' }));
    });

    it.each<[string, ReturnType<typeof fileOf>, string[]]>([
      ['no plan: raises', fileOf(admission, nearlyThree), ['raise-alert']],
      ['a plan made ten days before: nothing', fileOf(admission, nearlyThree, plan(19)), ['nothing']],
      ['the child already left: nothing', fileOf(admission, nearlyThree, aChildLeftPrison(a, nearlyThree.data.childId, { leftAt: day(20) })), ['nothing']],
    ])('on the birthday, %s', (_name, file, kinds) => {
      expect(rule.onDeadline!(file, key, new Date('2026-04-01T00:00:00.000Z')).map((o) => o.kind)).toEqual(kinds);
    });

    it('an infant’s care plan long before the birthday is not a plan for leaving', () => {
      expect(about(rule.evaluate(fileOf(admission, infant, assessedOn(14, 'Vaccinations at the health post.'))), ageKey)).toEqual(['schedule-deadline']);
    });

    it('a plan recorded after the birthday raises and resolves late', () => {
      const outcomes = rule.evaluate(fileOf(admission, nearlyThree, plan(31)));
      expect(about(outcomes, key)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    });

    it('takes the age from the policy: six in California', () => {
      const california = raiseAlertWhenChildInPrisonAssessmentOverdue(californiaPolicy.rules['child-in-prison-assessment-overdue']);
      expect(california.evaluate(fileOf(admission, nearlyThree))).toContainEqual(expect.objectContaining({ kind: 'schedule-deadline', subjectKey: key, dueAt: '2029-04-01T00:00:00.000Z' }));
    });
  });

  it('does nothing, saying why, when no child lives in prison with her', () => {
    expect(rule.evaluate(fileOf(admission))).toEqual([{ kind: 'nothing', ruleId: 'child-in-prison-assessment-overdue', reason: 'no child lives in prison with her' }]);
  });
});
