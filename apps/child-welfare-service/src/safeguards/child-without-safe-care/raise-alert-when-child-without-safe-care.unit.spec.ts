import type { ChildRecord } from '@safeguard/contracts';
import {
  aCareArrangementMade,
  aDependantsScreening,
  anArrestMade,
  takenIntoPoliceCustody,
  transferredToPrison,
} from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aChildAdmittedWithParent,
  aChildBornInCustody,
  aChildLeftPrison,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
} from '@safeguard/contracts/testing/prison-fixtures';
import { cambodiaPolicy } from '../policy';
import { judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenChildWithoutSafeCare } from './raise-alert-when-child-without-safe-care';

const policy = cambodiaPolicy.rules['child-without-safe-care'];
const rule = raiseAlertWhenChildWithoutSafeCare(policy, testWords);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const personId = arrest.data.person.personId;
const child = (overrides: Partial<ChildRecord>): ChildRecord => ({
  childId: 'police-vibol',
  name: 'Vibol',
  sex: 'male',
  detailsWithheld: null,
  dateOfBirth: null,
  birthYear: null,
  ageYears: 9,
  whereabouts: 'at-home-with-caregiver',
  caregiver: { name: 'Chan Vuthy', relation: 'father', ageYears: 40, contact: null },
  ...overrides,
});
const screened = (...children: ChildRecord[]) =>
  aDependantsScreening(arrest.data, { askedAt: '2026-03-01T21:00:00.000Z', numberOfChildren: children.length, children });
const admission = aPersonAdmitted({ personId, admittedAt: '2026-03-03T09:00:00.000Z', orderReference: 'DO-1', courtCaseReference: null });
const prisonRecord = (custodyStatus: 'alone' | 'with-other-parent' | 'unknown', recordedAt = '2026-03-03T10:00:00.000Z') =>
  aChildrenRecordedAtAdmission(admission.data, {
    recordedAt,
    numberOfChildren: 1,
    children: [
      {
        childId: 'prison-vibol',
        name: 'Vibol',
        sex: 'male',
        detailsWithheld: null,
        dateOfBirth: null,
        birthYear: null,
        ageYears: 9,
        livesWhere: null,
        custodyStatus,
      },
    ],
  });

describe('raise an alert when a child has no safe care, on any agency’s record', () => {
  it.each<[string, Partial<ChildRecord>, string]>([
    ['alone', { whereabouts: 'alone', caregiver: null }, 'the child is alone'],
    ['only with other children', { whereabouts: 'with-other-children-only', caregiver: null }, 'the child is only with other children'],
    ['with nobody knowing where', { whereabouts: 'unknown', caregiver: null }, 'nobody knows where the child is'],
    [
      'with a 15-year-old sister as the only carer',
      { caregiver: { name: 'Sreyleak', relation: 'older-sibling', ageYears: 15, contact: null } },
      'the only caregiver is 15 years old',
    ],
  ])('raises at once when the police record the child %s, against the arresting unit', (_name, patch, reason) => {
    const alert = raised(judged(rule, policy, arrest, screened(child(patch))));
    expect(alert).toMatchObject({
      severity: 'critical',
      responsibleAgency: 'police',
      responsibleUnitId: 'PP-ANTI-DRUG',
      childIds: ['police-vibol'],
      dueAt: '2026-03-01T21:00:00.000Z',
    });
    expect(alert.summary).toContain(reason);
    expect(alert.summary).not.toContain('Vibol');
  });

  it.each<[string, Partial<ChildRecord>]>([
    ['with the father', {}],
    ['kept with the mother at the police station', { whereabouts: 'with-parent-in-custody', caregiver: null }],
    ['at school', { whereabouts: 'at-school', caregiver: null }],
    ['where the police did not record', { whereabouts: 'not-recorded', caregiver: null }],
  ])('stays quiet for a child %s', (_name, patch) => {
    expect(kinds(judged(rule, policy, arrest, screened(child(patch))))).toEqual(['nothing']);
  });

  it('raises against the prison when the prison records the child alone, though the police never asked', () => {
    const alert = raised(judged(rule, policy, arrest, admission, prisonRecord('alone')));
    expect(alert).toMatchObject({
      responsibleAgency: 'prison',
      responsibleUnitId: 'CC2',
      arrestId: arrest.data.arrestId,
      dueAt: '2026-03-03T10:00:00.000Z',
    });
  });

  it('is resolved by a later record of any agency placing the child with an adult, saying how long the child waited', () => {
    const outcomes = judged(
      rule,
      policy,
      arrest,
      screened(child({ whereabouts: 'alone', caregiver: null })),
      admission,
      prisonRecord('with-other-parent'),
    );
    expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert']);
    expect(outcomes[1]).toMatchObject({ resolvedAt: '2026-03-03T10:00:00.000Z', lateByMinutes: 37 * 60 });
    const byPolice = judged(
      rule,
      policy,
      arrest,
      screened(child({ whereabouts: 'alone', caregiver: null })),
      aCareArrangementMade(arrest.data, 'police-vibol', { arrangedAt: '2026-03-01T23:00:00.000Z' }),
    );
    expect(byPolice[1]).toMatchObject({ kind: 'resolve-alert', lateByMinutes: 120 });
  });

  it('raises one alert for one spell without care, however many records show it', () => {
    const outcomes = judged(rule, policy, arrest, screened(child({ whereabouts: 'alone', caregiver: null })), admission, prisonRecord('unknown'));
    expect(kinds(outcomes)).toEqual(['raise-alert']);
  });

  it('never raises for a baby kept with her mother at the station and admitted to prison with her', () => {
    const baby = child({
      childId: 'police-baby',
      name: 'Mony',
      ageYears: null,
      dateOfBirth: '2025-11-02',
      whereabouts: 'with-parent-in-custody',
      caregiver: null,
    });
    const facts = [
      arrest,
      screened(baby),
      takenIntoPoliceCustody(arrest.data),
      transferredToPrison(arrest.data, { detentionOrderReference: 'DO-1', transferredAt: '2026-03-03T08:00:00.000Z' }),
      admission,
      aChildAdmittedWithParent(admission.data, { childId: 'prison-baby', dateOfBirth: '2025-11-02' }),
    ];
    expect(kinds(judged(rule, policy, ...facts))).toEqual(['nothing']);
  });

  it('raises against the police when she is taken to prison without the child they saw with her, and nobody records where the child went', () => {
    const baby = child({
      childId: 'police-baby',
      name: 'Mony',
      ageYears: null,
      dateOfBirth: '2025-11-02',
      whereabouts: 'with-parent-in-custody',
      caregiver: null,
    });
    const alert = raised(
      judged(
        rule,
        policy,
        arrest,
        screened(baby),
        takenIntoPoliceCustody(arrest.data),
        transferredToPrison(arrest.data, { transferredAt: '2026-03-03T08:00:00.000Z' }),
      ),
    );
    expect(alert).toMatchObject({ responsibleAgency: 'police', dueAt: '2026-03-03T08:00:00.000Z' });
    expect(alert.summary).toContain('nobody knows where the child is');
  });

  describe('a child born in custody whom the prison lists among her children as alone', () => {
    const born = aChildBornInCustody(admission.data, { childId: 'prison-newborn', bornAt: '2026-04-01T03:00:00.000Z' });
    const listedAlone = (recordedAt: string) =>
      aChildrenRecordedAtAdmission(admission.data, {
        recordedAt,
        numberOfChildren: 1,
        children: [
          {
            childId: 'prison-newborn',
            name: null,
            sex: 'female',
            detailsWithheld: 'not-asked',
            dateOfBirth: null,
            birthYear: null,
            ageYears: 0,
            livesWhere: null,
            custodyStatus: 'alone',
          },
        ],
      });

    it('raises nothing while she lives in prison with her mother: the assessment rules apply to her, not this one', () => {
      expect(kinds(judged(rule, policy, arrest, admission, born, listedAlone('2026-04-02T09:00:00.000Z')))).toEqual(['nothing']);
    });

    it('raises against the prison once she has left it and the prison records her alone', () => {
      const left = aChildLeftPrison(admission.data, 'prison-newborn', { leftAt: '2026-05-01T09:00:00.000Z' });
      const alert = raised(judged(rule, policy, arrest, admission, born, left, listedAlone('2026-05-02T09:00:00.000Z')));
      expect(alert).toMatchObject({ responsibleAgency: 'prison', childIds: ['prison-newborn'], dueAt: '2026-05-02T09:00:00.000Z' });
    });
  });

  it('decides the same whatever order the facts arrive in', () => {
    const alone = screened(child({ whereabouts: 'alone', caregiver: null }));
    expect(judged(rule, policy, prisonRecord('with-other-parent'), admission, alone, arrest)).toEqual(
      judged(rule, policy, arrest, alone, admission, prisonRecord('with-other-parent')),
    );
  });
});
