import { aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { aChildrenRecordedAtAdmission, aPersonAdmitted, aPrisonerTransferred, aVisitTookPlace } from '@safeguard/contracts/testing/prison-fixtures';
import { eventIdOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenChildVisitFeeCharged } from './raise-alert-when-child-visit-fee-charged';

const policy = cambodiaPolicy.rules['child-visit-fee-charged'];
const rule = raiseAlertWhenChildVisitFeeCharged(policy, testWords);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...anArrestMade().data.person, personId: a.personId } });

describe('raise an alert when children are charged to visit, or meet her behind bars', () => {
  it.each<[string, Parameters<typeof aVisitTookPlace>[1], string[]]>([
    ['a free visit in the communal area: nothing', {}, ['nothing']],
    ['a fee of 5 USD for a child: raises', { fee: { amount: 5, currency: 'USD' } }, ['raise-alert']],
    ['a fee of zero: nothing', { fee: { amount: 0, currency: 'KHR' } }, ['nothing']],
    ['behind a screen: raises', { setting: 'behind-bars-or-screen' }, ['raise-alert']],
    ['an adult paying to visit: not this rule', { childIds: [], fee: { amount: 5, currency: 'USD' } }, ['nothing']],
  ])('%s', (_name, visit, expected) => {
    expect(kinds(judged(rule, policy, admission, aVisitTookPlace(a, visit)))).toEqual(expected);
  });

  it('raises one alert per visit, at once and dated at the visit, naming every concern and the prison holding her then', () => {
    const visit = aVisitTookPlace(a, {
      visitedAt: '2026-06-01T10:00:00.000Z',
      fee: { amount: 20000, currency: 'KHR' },
      setting: 'behind-bars-or-screen',
    });
    const outcomes = judged(rule, policy, admission, aPrisonerTransferred(a, { transferredAt: '2026-05-01T10:00:00.000Z' }), visit);
    expect(kinds(outcomes)).toEqual(['raise-alert']);
    const alert = raised(outcomes);
    expect(alert).toMatchObject({
      subjectKey: visit.data.visitId,
      childIds: visit.data.childIds,
      dueAt: '2026-06-01T10:00:00.000Z',
      responsibleUnitId: 'KANDAL-PRISON',
      severity: 'high',
      triggeringEventIds: [eventIdOf(visit)],
    });
    expect(alert.summary).toBe(
      'At a visit by 1 child to the parent at prison KANDAL-PRISON on 1 Jun 2026, 17:00 GMT+7, a fee of 20000 KHR was charged, and they met behind bars or a screen, ' +
        'with no physical contact: refund the fee and let the child hold them at the next visit.',
    );
  });

  it('counts a visit by two children once, naming both by every agency’s reference, and words the mother as her', () => {
    const recorded = aChildrenRecordedAtAdmission(a);
    const [dara, sophea] = recorded.data.children;
    const screening = aDependantsScreening(arrest.data, {
      numberOfChildren: 2,
      children: [
        {
          childId: 'police-dara',
          name: dara.name,
          sex: dara.sex,
          detailsWithheld: null,
          dateOfBirth: dara.dateOfBirth,
          birthYear: null,
          ageYears: null,
          whereabouts: 'with-relative',
          caregiver: null,
        },
        {
          childId: 'police-sophea',
          name: sophea.name,
          sex: sophea.sex,
          detailsWithheld: null,
          dateOfBirth: null,
          birthYear: null,
          ageYears: 11,
          whereabouts: 'at-home-with-caregiver',
          caregiver: { name: 'Chan Vuthy', relation: 'father', ageYears: 40, contact: null },
        },
      ],
    });
    const visit = aVisitTookPlace(a, { childIds: [dara.childId, sophea.childId], fee: { amount: 5000, currency: 'KHR' } });
    const alert = raised(judged(rule, policy, arrest, screening, admission, recorded, visit));
    expect([...alert.childIds].sort()).toEqual(['police-dara', 'police-sophea', dara.childId, sophea.childId].sort());
    expect(alert).toMatchObject({ arrestId: arrest.data.arrestId, province: 'Phnom Penh' });
    expect(alert.summary).toContain('At a visit by 2 children to the mother at prison CC2');
    expect(alert.summary).not.toMatch(/Dara|Sophea/);
  });

  it('decides the same whatever order the facts arrive in', () => {
    const visit = aVisitTookPlace(a, { fee: { amount: 5, currency: 'USD' } });
    expect(judged(rule, policy, visit, admission)).toEqual(judged(rule, policy, admission, visit));
  });

  it('takes its severity and legal basis from the policy', () => {
    const california = { ...californiaPolicy.rules['child-visit-fee-charged'], severity: 'medium' as const };
    expect(
      raised(
        judged(
          raiseAlertWhenChildVisitFeeCharged(california, testWords),
          california,
          admission,
          aVisitTookPlace(a, { fee: { amount: 5, currency: 'USD' } }),
        ),
      ),
    ).toMatchObject({
      severity: 'medium',
      legalBasis: california.legalBasis,
    });
  });

  it('does nothing, saying why, when no child visited for a fee or behind bars', () => {
    expect(judged(rule, policy, admission)).toEqual([
      { kind: 'nothing', ruleId: 'child-visit-fee-charged', reason: 'no child visited her in prison for a fee or behind bars' },
    ]);
  });
});
