import { aPersonAdmitted, aPrisonerTransferred, aVisitTookPlace } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { eventIdOf, fileOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { raiseAlertWhenChildVisitFeeCharged } from './raise-alert-when-child-visit-fee-charged';

const rule = raiseAlertWhenChildVisitFeeCharged(cambodiaPolicy.rules['child-visit-fee-charged']);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when a child is charged to visit, or meets her behind bars', () => {
  it.each([
    ['a free visit in the communal area: nothing', aVisitTookPlace(a), ['nothing']],
    ['a fee of 5 USD for a child: raises', aVisitTookPlace(a, { fee: { amount: 5, currency: 'USD' } }), ['raise-alert']],
    ['a fee of zero: nothing', aVisitTookPlace(a, { fee: { amount: 0, currency: 'KHR' } }), ['nothing']],
    ['behind a screen: raises', aVisitTookPlace(a, { setting: 'behind-bars-or-screen' }), ['raise-alert']],
    ['an adult paying to visit: not this rule', aVisitTookPlace(a, { childIds: [], fee: { amount: 5, currency: 'USD' } }), ['nothing']],
  ])('%s', (_name, visit, expected) => {
    expect(kinds(rule.evaluate(fileOf(admission, visit)))).toEqual(expected);
  });

  it('raises one alert per visit, at the visit, naming every concern and the facility holding her then', () => {
    const visit = aVisitTookPlace(a, { visitedAt: '2026-06-01T10:00:00.000Z', fee: { amount: 20000, currency: 'KHR' }, setting: 'behind-bars-or-screen' });
    const moved = aPrisonerTransferred(a, { transferredAt: '2026-05-01T10:00:00.000Z' });
    const outcomes = rule.evaluate(fileOf(admission, moved, visit));
    expect(outcomes).toEqual([
      {
        kind: 'raise-alert',
        alert: expect.objectContaining({
          subjectKey: visit.data.visitId,
          childIds: visit.data.childIds,
          dueAt: '2026-06-01T10:00:00.000Z',
          responsibleUnitId: 'KANDAL-PRISON',
          triggeringEventIds: [eventIdOf(visit)],
          summary: expect.stringMatching(/20000 KHR.*behind bars/),
        }),
      },
    ]);
    expect(JSON.stringify(outcomes)).not.toContain('Dara');
  });

  it('takes its texts from the policy', () => {
    const california = raiseAlertWhenChildVisitFeeCharged(californiaPolicy.rules['child-visit-fee-charged']);
    const [raise] = california.evaluate(fileOf(admission, aVisitTookPlace(a, { fee: { amount: 5, currency: 'USD' } })));
    expect(raise).toMatchObject({ alert: { legalBasis: expect.stringContaining('§2601') } });
  });

  it('does nothing, saying why, when no child has visited', () => {
    expect(rule.evaluate(fileOf(admission))).toEqual([{ kind: 'nothing', ruleId: 'child-visit-fee-charged', reason: 'no child has visited her in prison' }]);
  });
});
