import { aDependantsScreening, anArrestMade, takenIntoPoliceCustody, transferredToPrison } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aChildAdmittedWithParent,
  aChildAssessed,
  aChildBornInCustody,
  aChildLeftPrison,
  aPersonAdmitted,
  aPersonReleased,
  aPrisonerTransferred,
} from '@safeguard/contracts/testing/prison-fixtures';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import type { SafeguardOutcome } from '../safeguard-outcome';
import { raiseAlertWhenChildInPrisonAssessmentOverdue } from './raise-alert-when-child-in-prison-assessment-overdue';

const policy = cambodiaPolicy.rules['child-in-prison-assessment-overdue'];
const rule = raiseAlertWhenChildInPrisonAssessmentOverdue(policy, testWords);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z', orderReference: 'DO-1', courtCaseReference: null });
const a = admission.data;
const day = (n: number) => new Date(Date.parse(a.admittedAt) + n * 24 * 3_600_000).toISOString();
const infant = aChildAdmittedWithParent(a, { childId: 'prison-baby', dateOfBirth: '2025-08-14' });
const assessedOn = (n: number, plan: string | null = null, childId = 'prison-baby') =>
  aChildAssessed(a, childId, { assessedAt: day(n), referralOrPlacementPlan: plan });
const periodKey = (start: string, childId = 'prison-baby') => `${a.custodyId}:${childId}:${start}`;
const ageKey = (childId = 'prison-baby') => `${a.custodyId}:${childId}:age-limit`;
const about = (outcomes: readonly SafeguardOutcome[], key: string) =>
  outcomes.filter((o) => (o.kind === 'raise-alert' ? o.alert.subjectKey : 'subjectKey' in o ? o.subjectKey : null) === key);

describe('raise an alert when a child living in prison is not assessed, or nears the age limit without a plan', () => {
  describe('the assessment period', () => {
    it('is due 90 days after the child came in', () => {
      expect(about(judged(rule, policy, admission, infant), periodKey(a.admittedAt))).toEqual([
        expect.objectContaining({ kind: 'schedule-deadline', dueAt: day(90) }),
      ]);
    });

    it('is met by an assessment in time, which opens the next period 90 days from it', () => {
      const outcomes = judged(rule, policy, admission, infant, assessedOn(14));
      expect(kinds(about(outcomes, periodKey(a.admittedAt)))).toEqual(['cancel-deadline', 'withdraw-alert']);
      expect(about(outcomes, periodKey(day(14)))).toEqual([expect.objectContaining({ kind: 'schedule-deadline', dueAt: day(104) })]);
    });

    it('raises and resolves, 10 days late, for an assessment on day 100', () => {
      const outcomes = about(judged(rule, policy, admission, infant, assessedOn(100)), periodKey(a.admittedAt));
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
      expect(outcomes[2]).toMatchObject({ lateByMinutes: 10 * 24 * 60, reason: expect.stringContaining('10 d after the deadline') });
    });

    it.each<[string, unknown[], string[]]>([
      ['no assessment: raises', [], ['raise-alert']],
      ['assessed on day 30: nothing', [assessedOn(30)], ['nothing']],
      ['the child left on day 60: nothing', [aChildLeftPrison(a, 'prison-baby', { leftAt: day(60) })], ['nothing']],
      ['the mother was released on day 60: nothing', [aPersonReleased(a, { releasedAt: day(60) })], ['nothing']],
    ])('when the deadline passes, %s', (_name, facts, expected) => {
      expect(kinds(atDeadline(rule, policy, periodKey(a.admittedAt), day(90), admission, infant, ...(facts as [])))).toEqual(expected);
    });

    it('raises against the prison holding them when it falls due, in plain words, naming the parent neutrally when no record gives her sex', () => {
      const moved = aPrisonerTransferred(a, { transferredAt: day(60) });
      const alert = raised(atDeadline(rule, policy, periodKey(a.admittedAt), day(91), admission, infant, moved));
      expect(alert).toMatchObject({
        responsibleAgency: 'prison',
        responsibleUnitId: 'KANDAL-PRISON',
        severity: 'high',
        childIds: ['prison-baby'],
        dueAt: day(90),
      });
      expect(alert.summary).toBe(
        'A child living in prison with the parent has had no individual assessment since the child came to live there on 3 Mar 2026, 16:00 GMT+7: ' +
          'one is due every 90 days (a benchmark, not a legal limit), so by 1 Jun 2026, 16:00 GMT+7.',
      );
    });

    it('counts from the birth for a child born in custody', () => {
      const born = aChildBornInCustody(a, { childId: 'prison-newborn', bornAt: day(138) });
      expect(about(judged(rule, policy, admission, born), periodKey(day(138), 'prison-newborn'))).toEqual([
        expect.objectContaining({ kind: 'schedule-deadline', dueAt: day(228) }),
      ]);
    });

    it('takes its period from the policy', () => {
      const monthly = raiseAlertWhenChildInPrisonAssessmentOverdue({ ...policy, assessEveryDays: 30 }, testWords);
      expect(kinds(about(judged(monthly, policy, admission, infant, assessedOn(45)), periodKey(a.admittedAt)))).toEqual([
        'cancel-deadline',
        'raise-alert',
        'resolve-alert',
      ]);
    });
  });

  describe('the age limit', () => {
    const nearlyThree = aChildAdmittedWithParent(a, { childId: 'prison-girl', dateOfBirth: '2023-04-01' });
    const plan = (n: number) => assessedOn(n, 'To her grandmother in Takhmao, visits arranged by the partner NGO.', 'prison-girl');

    it('is due on the third birthday', () => {
      expect(about(judged(rule, policy, admission, infant), ageKey())).toEqual([
        expect.objectContaining({ kind: 'schedule-deadline', dueAt: '2028-08-14T00:00:00.000Z' }),
      ]);
    });

    it.each<[string, unknown[], string[]]>([
      ['no plan: raises', [], ['raise-alert']],
      ['a plan ten days before: nothing', [plan(19)], ['nothing']],
      ['the child already left: nothing', [aChildLeftPrison(a, 'prison-girl', { leftAt: day(20) })], ['nothing']],
    ])('on the birthday, %s', (_name, facts, expected) => {
      expect(kinds(atDeadline(rule, policy, ageKey('prison-girl'), '2026-04-01T00:00:00.000Z', admission, nearlyThree, ...(facts as [])))).toEqual(
        expected,
      );
    });

    it('does not take an infant’s care plan long before the birthday for a plan for leaving', () => {
      expect(kinds(about(judged(rule, policy, admission, infant, assessedOn(14, 'Vaccinations at the health post.')), ageKey()))).toEqual([
        'schedule-deadline',
      ]);
    });

    it('raises and resolves a plan recorded after the birthday, with how late', () => {
      const outcomes = about(judged(rule, policy, admission, nearlyThree, plan(31)), ageKey('prison-girl'));
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
      expect(raised(outcomes).summary).toContain(
        'reaches 3 years, the age limit, on 1 Apr 2026, 07:00 GMT+7 with no referral or placement plan recorded in the 90 days before (a benchmark, not a legal limit). Agree where the child will live, with them.',
      );
    });

    it('takes the age from the policy: six in California', () => {
      const california = californiaPolicy.rules['child-in-prison-assessment-overdue'];
      expect(
        about(judged(raiseAlertWhenChildInPrisonAssessmentOverdue(california, testWords), california, admission, nearlyThree), ageKey('prison-girl')),
      ).toEqual([expect.objectContaining({ kind: 'schedule-deadline', dueAt: '2029-04-01T00:00:00.000Z' })]);
    });
  });

  it('names the baby by every agency’s reference when the police saw her with her mother at the station', () => {
    const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...anArrestMade().data.person, personId: a.personId } });
    const screening = aDependantsScreening(arrest.data, {
      askedAt: '2026-03-01T21:00:00.000Z',
      numberOfChildren: 1,
      children: [
        {
          childId: 'police-baby',
          name: 'Mony',
          sex: 'female',
          detailsWithheld: null,
          dateOfBirth: '2025-08-14',
          birthYear: null,
          ageYears: null,
          whereabouts: 'with-parent-in-custody',
          caregiver: null,
        },
      ],
    });
    const facts = [
      arrest,
      screening,
      takenIntoPoliceCustody(arrest.data),
      transferredToPrison(arrest.data, { transferredAt: '2026-03-03T08:00:00.000Z', detentionOrderReference: 'DO-1' }),
      admission,
      infant,
    ];
    const alert = raised(atDeadline(rule, policy, periodKey(a.admittedAt), day(91), ...facts));
    expect(alert).toMatchObject({ childIds: ['police-baby', 'prison-baby'], arrestId: arrest.data.arrestId, province: 'Phnom Penh' });
    expect(alert.summary).not.toContain('Mony');
  });

  it('decides the same whatever order the facts arrive in', () => {
    const facts = [admission, infant, assessedOn(100), aChildLeftPrison(a, 'prison-baby', { leftAt: day(150) })] as const;
    expect(judged(rule, policy, ...[...facts].reverse())).toEqual(judged(rule, policy, ...facts));
  });

  it('does nothing, saying why, when no child lives in prison with her', () => {
    expect(judged(rule, policy, admission)).toEqual([
      { kind: 'nothing', ruleId: 'child-in-prison-assessment-overdue', reason: 'no child lives in prison with her' },
    ]);
  });
});
