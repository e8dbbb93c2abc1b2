import { anArrestMade } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aCaseOpened, aCharge, aPretrialDetentionExtended, aPretrialDetentionOrdered, aPretrialRelease, aVerdictDelivered } from '../../../../../libs/contracts/src/testing/court-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { cambodiaCourtRules, californiaCourtRules } from '../court-policy';
import { raiseAlertWhenPretrialDetentionOverdue } from './raise-alert-when-pretrial-detention-overdue';

const rule = raiseAlertWhenPretrialDetentionOverdue(cambodiaCourtRules['pretrial-overdue']);
const arrest = anArrestMade();
const personId = arrest.data.person.personId;
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
const order = aPretrialDetentionOrdered(opened.data);
const key = `${opened.data.caseId}:2026-03-04T03:00:00.000Z`;
const extended = (extendedAt: string, additionalMonths = 6) => aPretrialDetentionExtended(opened.data, { extendedAt, additionalMonths });
const dueOf = (outcomes: { kind: string; dueAt?: string }[]) => outcomes.find((o) => o.kind === 'schedule-deadline')?.dueAt;
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when pre-trial detention outlasts the legal maximum', () => {
  describe('a felony (CCP art. 208: 6 months, extended twice by 6)', () => {
    it('schedules the deadline 6 months after the order', () => {
      expect(rule.evaluate(fileOf(arrest, opened, order))).toEqual([{ kind: 'schedule-deadline', ruleId: 'pretrial-overdue', subjectKey: key, dueAt: '2026-09-04T03:00:00.000Z' }]);
    });

    it('moves it by each lawful extension', () => {
      expect(dueOf(rule.evaluate(fileOf(arrest, opened, order, extended('2026-08-28T00:00:00.000Z'))))).toBe('2027-03-04T03:00:00.000Z');
    });

    it('does not let a third extension, or an over-long one, lengthen the maximum beyond 18 months', () => {
      const three = [extended('2026-08-28T00:00:00.000Z', 12), extended('2027-02-26T00:00:00.000Z'), extended('2027-08-28T00:00:00.000Z')];
      expect(dueOf(rule.evaluate(fileOf(arrest, opened, order, ...three)))).toBe('2027-09-04T03:00:00.000Z');
    });
  });

  it('gives a misdemeanour 4 months even when the order said 6', () => {
    const theft = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], charges: [aCharge({ offenceClass: 'misdemeanour', maximumPenaltyMonths: 36 })] });
    expect(dueOf(rule.evaluate(fileOf(arrest, theft, aPretrialDetentionOrdered(theft.data))))).toBe('2026-07-04T03:00:00.000Z');
  });

  it('cancels the deadline when the verdict comes before it', () => {
    const verdict = aVerdictDelivered(opened.data, 'convicted', { deliveredAt: '2026-08-01T03:00:00.000Z' });
    expect(kinds(rule.evaluate(fileOf(arrest, opened, order, verdict)))).toEqual(['cancel-deadline', 'resolve-alert']);
  });

  it('raises and resolves, saying how late, when she is released 10 days after the maximum', () => {
    const outcomes = rule.evaluate(fileOf(arrest, opened, order, aPretrialRelease(opened.data, { decidedAt: '2026-09-14T03:00:00.000Z' })));
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 10 * 24 * 60, reason: expect.stringContaining('10 days') });
  });

  describe('when the deadline passes', () => {
    it('raises against the judge when she is still held, due at the maximum', () => {
      const [raise] = rule.onDeadline!(fileOf(arrest, opened, order), key, new Date('2026-09-04T03:00:00.000Z'));
      expect(raise).toMatchObject({ kind: 'raise-alert', alert: { dueAt: '2026-09-04T03:00:00.000Z', responsibleUnitId: order.data.judge, severity: 'high', responsibleAgency: 'court' } });
      expect(raise.kind === 'raise-alert' && raise.alert.summary).toContain('legal maximum of 6 months for a felony');
    });

    it('does nothing a day early', () => {
      expect(kinds(rule.onDeadline!(fileOf(arrest, opened, order), key, new Date('2026-09-03T03:00:00.000Z')))).toEqual(['nothing']);
    });
  });

  it('leaves a minor at the arrest out of scope, saying so', () => {
    const girl = anArrestMade({ arrestId: arrest.data.arrestId, arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...arrest.data.person, dateOfBirth: '2009-06-01' } });
    const [outcome] = rule.evaluate(fileOf(girl, opened, order));
    expect(outcome).toEqual({ kind: 'nothing', ruleId: 'pretrial-overdue', reason: 'she was 16 at the arrest: the limits for minors are not modelled' });
  });

  it('takes its limits from the policy (California benchmark: a felony, 3 months)', () => {
    const california = raiseAlertWhenPretrialDetentionOverdue(californiaCourtRules['pretrial-overdue']);
    expect(dueOf(california.evaluate(fileOf(arrest, opened, order, extended('2026-05-28T00:00:00.000Z'))))).toBe('2026-06-04T03:00:00.000Z');
  });
});
