import { anArrestMade } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aCaseOpened, aCharge, aPretrialDetentionOrdered, aPretrialRelease } from '../../../../../libs/contracts/src/testing/court-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { cambodiaCourtRules, californiaCourtRules } from '../court-policy';
import { raiseAlertWhenDetainedForMinorOffence } from './raise-alert-when-detained-for-minor-offence';

const rule = raiseAlertWhenDetainedForMinorOffence(cambodiaCourtRules['pretrial-below-threshold']);
const arrest = anArrestMade();
const personId = arrest.data.person.personId;
const caseWith = (...charges: ReturnType<typeof aCharge>[]) => aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], charges });
const theft = (months: number) => aCharge({ offence: 'Simple theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: months });
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when detention is ordered for an offence too minor for it', () => {
  it.each<[string, ReturnType<typeof aCaseOpened>, string[]]>([
    ['a misdemeanour punishable by 6 months: raises', caseWith(theft(6)), ['raise-alert']],
    ['a misdemeanour punishable by exactly 12 months: nothing', caseWith(theft(12)), ['nothing']],
    ['a petty offence: raises', caseWith(aCharge({ offenceClass: 'petty-offence', maximumPenaltyMonths: 0 })), ['raise-alert']],
    ['a felony beside a minor charge: the most serious one decides, nothing', caseWith(theft(6), aCharge()), ['nothing']],
  ])('%s', (_name, opened, expected) => {
    expect(kinds(rule.evaluate(fileOf(arrest, opened, aPretrialDetentionOrdered(opened.data))))).toEqual(expected);
  });

  it('names the charge’s class and maximum and the judge, due when detention was ordered', () => {
    const opened = caseWith(theft(6));
    const order = aPretrialDetentionOrdered(opened.data);
    const [raise] = rule.evaluate(fileOf(arrest, opened, order));
    expect(raise).toMatchObject({ alert: { responsibleUnitId: order.data.judge, dueAt: order.data.decidedAt, responsibleAgency: 'court' } });
    expect(raise.kind === 'raise-alert' && raise.alert.summary).toContain('misdemeanour punishable by at most 6 months');
  });

  it('waits for the charges when the case is not known yet', () => {
    const opened = caseWith(theft(6));
    expect(rule.evaluate(fileOf(arrest, aPretrialDetentionOrdered(opened.data)))).toEqual([
      { kind: 'nothing', ruleId: 'pretrial-below-threshold', reason: `the charges of case ${opened.data.caseId} are not known yet` },
    ]);
  });

  it('resolves when she is released, saying how long she was held', () => {
    const opened = caseWith(theft(6));
    const release = aPretrialRelease(opened.data, { decidedAt: '2026-03-06T03:00:00.000Z' });
    const outcomes = rule.evaluate(fileOf(arrest, opened, aPretrialDetentionOrdered(opened.data), release));
    expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert']);
    expect(outcomes[1]).toMatchObject({ resolvedAt: '2026-03-06T03:00:00.000Z', lateByMinutes: 2 * 24 * 60 });
  });

  it('takes its threshold from the policy (California: a 12-month misdemeanour is flagged)', () => {
    const california = raiseAlertWhenDetainedForMinorOffence(californiaCourtRules['pretrial-below-threshold']);
    const opened = caseWith(theft(12));
    expect(kinds(california.evaluate(fileOf(arrest, opened, aPretrialDetentionOrdered(opened.data))))).toEqual(['raise-alert']);
  });
});
