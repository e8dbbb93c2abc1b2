import type { ChildCustodyStatus } from '@safeguard/contracts';
import { aCareArrangementMade, aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aChildAdmittedWithParent,
  aChildLeftPrison,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
  aPrisonerTransferred,
} from '@safeguard/contracts/testing/prison-fixtures';
import { eventIdOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenCareChangedWithoutParent } from './raise-alert-when-care-changed-without-parent';

const policy = cambodiaPolicy.rules['care-changed-without-parent'];
const rule = raiseAlertWhenCareChangedWithoutParent(policy, testWords);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...anArrestMade().data.person, personId: a.personId } });
const vibol = {
  childId: 'police-vibol',
  name: 'Vibol',
  sex: 'male',
  detailsWithheld: null,
  dateOfBirth: null,
  birthYear: null,
  ageYears: 9,
} as const;
const screening = aDependantsScreening(arrest.data, {
  askedAt: '2026-03-01T21:00:00.000Z',
  numberOfChildren: 1,
  children: [{ ...vibol, whereabouts: 'with-relative', caregiver: { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61, contact: null } }],
});
const arranged = (iso: string, chosenByParent: boolean, relation: 'grandparent' | 'ngo' = 'grandparent') =>
  aCareArrangementMade(arrest.data, 'police-vibol', {
    arrangedAt: iso,
    chosenByParent,
    caregiver: { name: relation === 'ngo' ? 'Hope Shelter' : 'Sok Mealea', relation, ageYears: relation === 'ngo' ? null : 61, contact: null },
  });
const atAdmission = (custodyStatus: ChildCustodyStatus) =>
  aChildrenRecordedAtAdmission(a, {
    recordedAt: '2026-03-03T10:00:00.000Z',
    numberOfChildren: 1,
    children: [{ ...vibol, childId: 'prison-vibol', livesWhere: null, custodyStatus }],
  });

describe('raise an alert when a child’s care changes without the parent', () => {
  describe('a care arrangement', () => {
    it('is quiet when she chose it', () => {
      expect(kinds(judged(rule, policy, arrest, screening, arranged('2026-03-01T22:00:00.000Z', true)))).toEqual(['nothing']);
    });

    it('raises at once when she did not choose it, against the police unit that made it, in plain words', () => {
      const arrangement = arranged('2026-03-01T22:00:00.000Z', false, 'ngo');
      const alert = raised(judged(rule, policy, arrest, screening, arrangement));
      expect(alert).toMatchObject({
        responsibleAgency: 'police',
        responsibleUnitId: 'PP-ANTI-DRUG',
        arrestId: arrest.data.arrestId,
        dueAt: '2026-03-01T22:00:00.000Z',
        childIds: ['police-vibol'],
        triggeringEventIds: [eventIdOf(arrangement)],
      });
      expect(alert.summary).toBe(
        'The police arranged care for a child of the mother with an NGO on 2 Mar 2026, 05:00 GMT+7 without the mother choosing it. Ask her whom she wants caring for the child.',
      );
      expect(alert.summary).not.toMatch(/Vibol|Hope Shelter/);
    });

    it('is resolved by her own choice a day later, saying how long it took', () => {
      const outcomes = judged(
        rule,
        policy,
        arrest,
        screening,
        arranged('2026-03-01T22:00:00.000Z', false),
        arranged('2026-03-02T22:00:00.000Z', true),
      );
      expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert']);
      expect(outcomes[1]).toMatchObject({ lateByMinutes: 24 * 60, reason: expect.stringContaining('the parent chose the child’s care 24 h later') });
    });
  });

  describe('a child leaving prison', () => {
    const baby = aChildAdmittedWithParent(a, { childId: 'prison-baby' });
    const left = aChildLeftPrison(a, 'prison-baby', { leftAt: '2026-09-19T09:00:00.000Z' });

    it('raises against the prison she left, whatever the reason text says, when nothing she chose is on file', () => {
      const outcomes = judged(rule, policy, admission, baby, aPrisonerTransferred(a, { transferredAt: '2026-05-01T09:00:00.000Z' }), left);
      expect(outcomes).toEqual([
        {
          kind: 'raise-alert',
          alert: expect.objectContaining({
            subjectKey: `${a.custodyId}:prison-baby:left`,
            responsibleAgency: 'prison',
            responsibleUnitId: 'KANDAL-PRISON',
            triggeringEventIds: [eventIdOf(left)],
          }),
        },
      ]);
      expect(raised(outcomes).summary).toBe(
        'A child left prison KANDAL-PRISON on 19 Sept 2026, 16:00 GMT+7 with no record that the parent chose who would care for the child.',
      );
    });

    it('is satisfied by an arrangement she chose with the police while the child lived with her', () => {
      const chosen = aCareArrangementMade(arrest.data, 'prison-baby', { arrangedAt: '2026-09-17T09:00:00.000Z', chosenByParent: true });
      expect(kinds(judged(rule, policy, arrest, admission, baby, chosen, left))).toEqual(['nothing']);
    });
  });

  describe('another agency’s record placing the child in another home', () => {
    it.each<[string, ChildCustodyStatus, string[]]>([
      ['the same home (with a relative)', 'with-relative', ['nothing']],
      ['the prison does not know', 'unknown', ['nothing']],
      ['the prison did not record it', 'not-recorded', ['nothing']],
      ['alone (a child without care: rule 2 raises that)', 'alone', ['nothing']],
      ['now in state care', 'state-care', ['raise-alert']],
    ])('when the prison records the child at admission %s', (_name, status, expected) => {
      expect(kinds(judged(rule, policy, arrest, screening, admission, atAdmission(status)))).toEqual(expected);
    });

    it('raises against the prison, naming both records in plain words', () => {
      const alert = raised(judged(rule, policy, arrest, screening, admission, atAdmission('state-care')));
      expect(alert).toMatchObject({
        responsibleAgency: 'prison',
        responsibleUnitId: 'CC2',
        childIds: ['police-vibol', 'prison-vibol'],
        dueAt: '2026-03-03T10:00:00.000Z',
      });
      expect(alert.summary).toBe(
        'The prison recorded a child of the mother living in state care on 3 Mar 2026, 17:00 GMT+7, where the police had recorded the child with a relative on 2 Mar 2026, 04:00 GMT+7; ' +
          'no record shows the mother was consulted on the change.',
      );
    });

    it('compares with the latest arrangement the police recorded', () => {
      expect(
        kinds(judged(rule, policy, arrest, screening, arranged('2026-03-01T22:00:00.000Z', true, 'ngo'), admission, atAdmission('with-relative'))),
      ).toEqual(['raise-alert']);
    });

    it('is resolved by her later choice, whatever order the facts arrive in', () => {
      const facts = [
        arrest,
        screening,
        arranged('2026-03-01T22:00:00.000Z', true, 'ngo'),
        admission,
        atAdmission('with-relative'),
        arranged('2026-03-10T09:00:00.000Z', true),
      ] as const;
      const outcomes = judged(rule, policy, ...facts);
      expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert']);
      expect(outcomes[1]).toMatchObject({ resolvedAt: '2026-03-10T09:00:00.000Z' });
      expect(judged(rule, policy, ...[...facts].reverse())).toEqual(outcomes);
    });
  });

  it('takes its severity and legal basis from the policy', () => {
    const strict = { ...californiaPolicy.rules['care-changed-without-parent'], severity: 'high' as const };
    expect(
      raised(judged(raiseAlertWhenCareChangedWithoutParent(strict, testWords), strict, arrest, arranged('2026-03-01T22:00:00.000Z', false))),
    ).toMatchObject({ severity: 'high', legalBasis: strict.legalBasis });
  });

  it('does nothing, saying why, when no change is recorded', () => {
    expect(judged(rule, policy, arrest, screening)).toEqual([
      { kind: 'nothing', ruleId: 'care-changed-without-parent', reason: 'no change in a child’s care is recorded' },
    ]);
  });
});
