import type { Charge } from '@safeguard/contracts';
import { anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { aCaseOpened, aCharge, aPretrialDetentionOrdered, aPretrialRelease, aVerdictDelivered } from '@safeguard/contracts/testing/court-fixtures';
import { aPersonAdmitted, aPersonReleased } from '@safeguard/contracts/testing/prison-fixtures';
import type { AgencyEvent } from '../../person-file/person-file';
import { cambodiaPolicy, californiaPolicy } from '../policy';
import { judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenDetainedForMinorOffence } from './raise-alert-when-detained-for-minor-offence';

const policy = cambodiaPolicy.rules['pretrial-below-threshold'];
const rule = raiseAlertWhenDetainedForMinorOffence(policy, testWords);
const arrest = anArrestMade();
const personId = arrest.data.person.personId;
const caseWith = (...charges: Charge[]) => aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], charges });
const theft = (months: number) => aCharge({ offence: 'Simple theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: months });
const minor = caseWith(theft(6));
// Ordered a day after the case opened: 4 Mar 2026, 03:00 UTC.
const order = aPretrialDetentionOrdered(minor.data);
const admitted = aPersonAdmitted({ personId, admittedAt: '2026-03-04T09:00:00.000Z' });
const key = `${minor.data.caseId}:${order.data.decidedAt}`;

describe('raise an alert when detention is ordered for an offence too minor for it', () => {
  it.each<[string, Charge[], string[]]>([
    ['a misdemeanour punishable by 6 months', [theft(6)], ['raise-alert']],
    ['a misdemeanour punishable by exactly 12 months', [theft(12)], ['nothing']],
    ['a petty offence', [aCharge({ offence: 'Littering', offenceClass: 'petty-offence', maximumPenaltyMonths: 0 })], ['raise-alert']],
    ['a felony beside a minor charge: the most serious one decides', [theft(6), aCharge()], ['nothing']],
  ])('%s', (_name, charges, expected) => {
    const opened = caseWith(...charges);
    expect(kinds(judged(rule, policy, arrest, opened, aPretrialDetentionOrdered(opened.data)))).toEqual(expected);
  });

  it('raises nothing for a release, or while no case holds the charges', () => {
    expect(kinds(judged(rule, policy, arrest, minor, aPretrialRelease(minor.data)))).toEqual(['nothing']);
    expect(kinds(judged(rule, policy, arrest, order))).toEqual(['nothing']);
  });

  it.each<[string, AgencyEvent[], number]>([
    ['the court releases her', [aPretrialRelease(minor.data, { decidedAt: '2026-03-06T03:00:00.000Z' })], 2 * 24 * 60],
    ['the verdict is delivered', [aVerdictDelivered(minor.data, 'convicted', { deliveredAt: '2026-04-03T03:00:00.000Z' })], 30 * 24 * 60],
    [
      'the prison records her release, though the court recorded none',
      [admitted, aPersonReleased(admitted.data, { releasedAt: '2026-03-05T03:00:00.000Z' })],
      24 * 60,
    ],
  ])('resolves, saying how long she was held, when %s', (_name, end, minutes) => {
    expect(judged(rule, policy, arrest, minor, order, ...end)).toEqual([
      expect.objectContaining({ kind: 'raise-alert' }),
      expect.objectContaining({ kind: 'resolve-alert', subjectKey: key, lateByMinutes: minutes }),
    ]);
  });

  it('is not resolved by a later order, which cannot make the detention lawful', () => {
    expect(
      kinds(judged(rule, policy, arrest, minor, order, aPretrialDetentionOrdered(minor.data, { decidedAt: '2026-03-10T03:00:00.000Z' }))),
    ).toEqual(['raise-alert', 'raise-alert']);
  });

  it('raises at once against the court holding the case, naming the charge and the law’s threshold in plain words', () => {
    const alert = raised(judged(rule, policy, arrest, minor, order));
    expect(alert).toMatchObject({
      subjectKey: key,
      responsibleAgency: 'court',
      responsibleUnitId: 'PP-MUNICIPAL-COURT',
      dueAt: order.data.decidedAt,
      severity: 'high',
    });
    expect(alert.summary).toBe(
      'The woman was ordered detained before trial on 4 Mar 2026, 10:00 GMT+7 in case PPCFI-2026-01183 although the most serious charge, Simple theft, is a misdemeanour punishable by at most 6 months: detention needs an offence punishable by 12 months or more. The court must release her.',
    );
  });

  it('decides the same whatever order the facts arrive in', () => {
    const release = aPersonReleased(admitted.data, { releasedAt: '2026-03-05T03:00:00.000Z' });
    expect(judged(rule, policy, release, order, admitted, minor, arrest)).toEqual(judged(rule, policy, arrest, minor, order, admitted, release));
  });

  describe('takes its threshold from the policy (California: 13 months, a benchmark since PC §1270(a) allows detention on a finding)', () => {
    const california = californiaPolicy.rules['pretrial-below-threshold'];
    const benchmark = raiseAlertWhenDetainedForMinorOffence(california, testWords);

    it('flags a misdemeanour punishable by 12 months, and not one by 13', () => {
      const year = caseWith(theft(12));
      const longer = caseWith(theft(13));
      expect(kinds(judged(benchmark, california, arrest, year, aPretrialDetentionOrdered(year.data)))).toEqual(['raise-alert']);
      expect(kinds(judged(benchmark, california, arrest, longer, aPretrialDetentionOrdered(longer.data)))).toEqual(['nothing']);
    });

    it('calls the number a benchmark, not the law, as the policy says, and asks for review rather than release', () => {
      const year = caseWith(theft(12));
      const { summary, severity } = raised(judged(benchmark, california, arrest, year, aPretrialDetentionOrdered(year.data)));
      expect(severity).toBe('medium');
      expect(summary).toContain(
        'is a misdemeanour punishable by at most 12 months: below the 13 months this policy takes as a benchmark for detention, not a legal limit. The court should review the detention.',
      );
      expect(summary).not.toContain('must release');
    });
  });
});
