import { anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aCaseClosed,
  aCaseOpened,
  aCharge,
  aPretrialDetentionExtended,
  aPretrialDetentionOrdered,
  aPretrialRelease,
  aVerdictDelivered,
} from '@safeguard/contracts/testing/court-fixtures';
import { aPersonAdmitted, aPersonReleased } from '@safeguard/contracts/testing/prison-fixtures';
import type { AgencyEvent } from '../../person-file/person-file';
import { cambodiaPolicy, californiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import { ruleWordsFor } from '../rule-words';
import type { SafeguardOutcome } from '../safeguard-outcome';
import { raiseAlertWhenPretrialDetentionOverdue } from './raise-alert-when-pretrial-detention-overdue';

const policy = cambodiaPolicy.rules['pretrial-overdue'];
const rule = raiseAlertWhenPretrialDetentionOverdue(policy, testWords);
const arrest = anArrestMade();
const personId = arrest.data.person.personId;
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
// Ordered a day after the case opened, for six months: 4 Mar 2026, 03:00 UTC.
const order = aPretrialDetentionOrdered(opened.data);
const key = `${opened.data.caseId}:2026-03-04T03:00:00.000Z`;
const extended = (extendedAt: string, additionalMonths = 6) => aPretrialDetentionExtended(opened.data, { extendedAt, additionalMonths });
const misdemeanour = (minimumPenaltyMonths: number | null) =>
  aCaseOpened({
    personId,
    arrestIds: [arrest.data.arrestId],
    charges: [aCharge({ offence: 'Theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, minimumPenaltyMonths })],
  });
const admitted = aPersonAdmitted({ personId, admittedAt: '2026-03-04T09:00:00.000Z' });
const dueOf = (outcomes: readonly SafeguardOutcome[]) => outcomes.find((o) => o.kind === 'schedule-deadline' || o.kind === 'raise-alert');
const due = (outcomes: readonly SafeguardOutcome[]) => {
  const o = dueOf(outcomes);
  return o?.kind === 'schedule-deadline' ? o.dueAt : o?.kind === 'raise-alert' ? o.alert.dueAt : undefined;
};

describe('raise an alert when pre-trial detention outlasts the maximum', () => {
  it('schedules the deadline 6 months after a felony detention order (CCP art. 208), caused by the order', () => {
    expect(judged(rule, policy, arrest, opened, order)).toEqual([
      { kind: 'schedule-deadline', ruleId: 'pretrial-overdue', subjectKey: key, dueAt: '2026-09-04T03:00:00.000Z', causedBy: expect.any(String) },
    ]);
  });

  it.each<[string, AgencyEvent[], string]>([
    ['one lawful extension of 6 months', [extended('2026-08-28T00:00:00.000Z')], '2027-03-04T03:00:00.000Z'],
    [
      'a third extension, and an over-long first one: never beyond 18 months',
      [extended('2026-08-28T00:00:00.000Z', 12), extended('2027-02-26T00:00:00.000Z'), extended('2027-08-28T00:00:00.000Z')],
      '2027-09-04T03:00:00.000Z',
    ],
    ['a first order shorter than the maximum, never extended', [], '2026-06-04T03:00:00.000Z'],
  ])('counts the time allowed with %s', (_name, extensions, dueAt) => {
    const first = extensions.length === 0 ? aPretrialDetentionOrdered(opened.data, { detentionMonths: 3 }) : order;
    expect(due(judged(rule, policy, arrest, opened, first, ...extensions))).toBe(dueAt);
  });

  it('gives a misdemeanour 4 months even when the order said 6 (CCP art. 209)', () => {
    const theft = misdemeanour(null);
    expect(due(judged(rule, policy, arrest, theft, aPretrialDetentionOrdered(theft.data)))).toBe('2026-07-04T03:00:00.000Z');
  });

  it.each<[string, number | null, string]>([
    ['a minimum sentence of 6 months: 3 months', 6, '2026-06-04T03:00:00.000Z'],
    ['a minimum sentence of 12 months: the 4 months are shorter', 12, '2026-07-04T03:00:00.000Z'],
    ['no minimum sentence stated: 4 months', null, '2026-07-04T03:00:00.000Z'],
  ])('caps a misdemeanour at half the charge’s minimum sentence (CCP art. 209), with %s', (_name, minimum, dueAt) => {
    const theft = misdemeanour(minimum);
    expect(due(judged(rule, policy, arrest, theft, aPretrialDetentionOrdered(theft.data)))).toBe(dueAt);
  });

  it('says when half the minimum sentence is what limits the detention', () => {
    const theft = misdemeanour(6);
    const alert = raised(
      atDeadline(
        rule,
        policy,
        `${theft.data.caseId}:2026-03-04T03:00:00.000Z`,
        '2026-06-05T00:00:00.000Z',
        arrest,
        theft,
        aPretrialDetentionOrdered(theft.data),
      ),
    );
    expect(alert.summary).toContain(
      'ran past 4 Jun 2026, 10:00 GMT+7: the legal maximum of 3 months for a misdemeanour, half the charge’s minimum sentence of 6 months (no extension recorded)',
    );
  });

  it.each<[string, AgencyEvent[]]>([
    ['the verdict comes before it', [aVerdictDelivered(opened.data, 'convicted', { deliveredAt: '2026-08-01T03:00:00.000Z' })]],
    ['the court releases her before it', [aPretrialRelease(opened.data, { decidedAt: '2026-08-01T03:00:00.000Z' })]],
    [
      'the prison records her release before it, though the court recorded none',
      [admitted, aPersonReleased(admitted.data, { releasedAt: '2026-08-01T03:00:00.000Z' })],
    ],
  ])('stays quiet when %s', (_name, end) => {
    expect(kinds(judged(rule, policy, arrest, opened, order, ...end))).toEqual(['cancel-deadline', 'withdraw-alert']);
  });

  it.each<[string, AgencyEvent[]]>([
    ['the court releases her', [aPretrialRelease(opened.data, { decidedAt: '2026-09-14T03:00:00.000Z' })]],
    ['the prison releases her', [admitted, aPersonReleased(admitted.data, { releasedAt: '2026-09-14T03:00:00.000Z' })]],
    ['the case is closed', [aCaseClosed(opened.data, { closedAt: '2026-09-14T03:00:00.000Z' })]],
  ])('raises and resolves, saying how late, when %s 10 days after the maximum', (_name, end) => {
    const outcomes = judged(rule, policy, arrest, opened, order, ...end);
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({
      lateByMinutes: 10 * 24 * 60,
      reason: expect.stringContaining('10 d after the deadline of 4 Sept 2026, 10:00 GMT+7'),
    });
  });

  describe('when the deadline passes', () => {
    it('raises against the court holding the case, never the judge, in the jurisdiction’s time', () => {
      const alert = raised(atDeadline(rule, policy, key, '2026-09-04T03:00:00.000Z', arrest, opened, order));
      expect(alert).toMatchObject({
        dueAt: '2026-09-04T03:00:00.000Z',
        responsibleAgency: 'court',
        responsibleUnitId: 'PP-MUNICIPAL-COURT',
        severity: 'high',
        arrestId: arrest.data.arrestId,
      });
      expect(alert.summary).toBe(
        'Her pre-trial detention in case PPCFI-2026-01183, ordered on 4 Mar 2026, 10:00 GMT+7, ran past 4 Sept 2026, 10:00 GMT+7: the legal maximum of 6 months for a felony (no extension recorded). The court must release her.',
      );
    });

    it('says how many extensions were recorded and allowed', () => {
      const three = [extended('2026-08-28T00:00:00.000Z'), extended('2027-02-26T00:00:00.000Z'), extended('2027-08-28T00:00:00.000Z')];
      expect(raised(atDeadline(rule, policy, key, '2027-09-05T00:00:00.000Z', arrest, opened, order, ...three)).summary).toContain(
        'the legal maximum of 18 months for a felony (3 extensions recorded, 2 of them allowed)',
      );
    });

    it.each<[string, string, AgencyEvent[]]>([
      ['a day early', '2026-09-03T03:00:00.000Z', []],
      [
        'once the prison released her',
        '2026-09-04T03:00:00.000Z',
        [admitted, aPersonReleased(admitted.data, { releasedAt: '2026-08-01T03:00:00.000Z' })],
      ],
    ])('does nothing %s', (_name, now, facts) => {
      expect(kinds(atDeadline(rule, policy, key, now, arrest, opened, order, ...facts))).toEqual(['nothing']);
    });
  });

  it('leaves a person under 18 at the arrest out of scope: minors’ limits are not modelled', () => {
    const girl = anArrestMade({ ...arrest.data, person: { ...arrest.data.person, dateOfBirth: '2009-06-01' } });
    expect(judged(rule, policy, girl, opened, order)).toEqual([
      { kind: 'nothing', ruleId: 'pretrial-overdue', reason: 'no pre-trial detention of an adult on a case whose charges the policy limits' },
    ]);
  });

  it('decides the same whatever order the facts arrive in', () => {
    const late = [extended('2026-08-28T00:00:00.000Z'), admitted, aPersonReleased(admitted.data, { releasedAt: '2027-03-10T03:00:00.000Z' })];
    expect(judged(rule, policy, ...[...late].reverse(), order, opened, arrest)).toEqual(judged(rule, policy, arrest, opened, order, ...late));
  });

  describe('takes its limits from the policy (California: a felony, 3 months, from the speedy-trial clocks)', () => {
    const california = californiaPolicy.rules['pretrial-overdue'];
    const californian = raiseAlertWhenPretrialDetentionOverdue(california, ruleWordsFor(californiaPolicy));

    it('allows no extension', () => {
      expect(due(judged(californian, california, arrest, opened, order, extended('2026-05-28T00:00:00.000Z')))).toBe('2026-06-04T03:00:00.000Z');
    });

    it('calls the number a benchmark, never the legal maximum, in California’s time', () => {
      const summary = raised(atDeadline(californian, california, key, '2026-06-05T00:00:00.000Z', arrest, opened, order)).summary;
      expect(summary).toBe(
        'Her pre-trial detention in case PPCFI-2026-01183, ordered on Mar 3, 2026, 19:00 PST, ran past Jun 3, 2026, 20:00 PDT: 3 months for a felony, a benchmark this policy sets, not a legal maximum (no extension recorded). The court should review the detention.',
      );
      expect(summary).not.toContain('legal maximum of');
    });
  });
});
