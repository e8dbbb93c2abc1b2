import { anArrestMade, takenIntoPoliceCustody } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import {
  aCaseOpened,
  aClemencyGranted,
  anAppealFiled,
  aPretrialDetentionOrdered,
  aPretrialRelease,
  aSentenceImposed,
  aVerdictDelivered,
} from '../../../../../libs/contracts/src/testing/court-fixtures';
import { aPersonAdmitted, aPersonReleased } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import type { SafeguardOutcome } from '../safeguard-outcome';
import { cambodiaCourtRules, californiaCourtRules } from '../court-policy';
import { raiseAlertWhenDetainedPastSentence } from './raise-alert-when-detained-past-sentence';

const rule = raiseAlertWhenDetainedPastSentence(cambodiaCourtRules['detained-past-sentence']);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const personId = arrest.data.person.personId;
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T23:30:00.000Z' });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
const detained = aPretrialDetentionOrdered(opened.data);
const admitted = aPersonAdmitted({ personId, admittedAt: '2026-03-04T09:00:00.000Z', facilityId: 'CC2' });
const convicted = aVerdictDelivered(opened.data);
// Two years, one suspended, imposed on 2026-11-12: twelve months from police custody end on 2027-03-01T23:30.
const sentence = aSentenceImposed(opened.data);
const held = [arrest, custody, opened, detained, admitted, convicted, sentence] as const;
const releasedAt = (iso: string) => aPersonReleased(admitted.data, { releasedAt: iso });
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);
const summaryOf = (outcome: SafeguardOutcome) => (outcome.kind === 'raise-alert' ? outcome.alert.summary : `no alert: ${outcome.kind}`);

describe('raise an alert when she is held past her sentence', () => {
  it('schedules release at the end of the prison term, counted from police custody', () => {
    expect(rule.evaluate(fileOf(...held))).toEqual([
      { kind: 'schedule-deadline', ruleId: 'detained-past-sentence', subjectKey: opened.data.caseId, dueAt: '2027-03-01T23:30:00.000Z' },
      // The day it grows critical: 7 days past the term under the Cambodian policy.
      { kind: 'schedule-deadline', ruleId: 'detained-past-sentence', subjectKey: `${opened.data.caseId}:critical`, dueAt: '2027-03-08T23:30:00.000Z' },
    ]);
  });

  it('cancels it when she was released in time', () => {
    expect(kinds(rule.evaluate(fileOf(...held, releasedAt('2027-03-01T08:00:00.000Z'))))).toEqual(['cancel-deadline', 'resolve-alert', 'cancel-deadline']);
  });

  it('raises and resolves, saying how many days late, when she was released 10 days after', () => {
    const outcomes = rule.evaluate(fileOf(...held, releasedAt('2027-03-11T23:30:00.000Z')));
    // Ten days is past the seven after which it is critical: the record says it grew before it says she was released.
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'escalate-alert', 'resolve-alert', 'cancel-deadline']);
    expect(summaryOf(outcomes[1])).toContain('Held 10 day(s) past 2027-03-01T23:30:00.000Z');
    expect(outcomes[2]).toMatchObject({ severity: 'critical', escalatedAt: '2027-03-08T23:30:00.000Z' });
    expect(outcomes[3]).toMatchObject({ lateByMinutes: 10 * 24 * 60, reason: expect.stringContaining('10 days') });
  });

  it('released 3 days late: raised and resolved, never critical', () => {
    expect(kinds(rule.evaluate(fileOf(...held, releasedAt('2027-03-04T23:30:00.000Z'))))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert', 'cancel-deadline']);
  });

  describe('when she is still held 7 days past her term', () => {
    const critical = `${opened.data.caseId}:critical`;

    it('grows the alert to critical, saying why', () => {
      const outcomes = rule.onDeadline!(fileOf(...held), critical, new Date('2027-03-08T23:30:00.000Z'));
      expect(kinds(outcomes)).toEqual(['raise-alert', 'escalate-alert']);
      expect(outcomes[1]).toMatchObject({ subjectKey: opened.data.caseId, severity: 'critical', reason: expect.stringContaining('still held 7 days') });
    });

    it('does nothing a day early, or once she was released', () => {
      expect(kinds(rule.onDeadline!(fileOf(...held), critical, new Date('2027-03-07T23:30:00.000Z')))).toEqual(['nothing']);
      expect(kinds(rule.onDeadline!(fileOf(...held, releasedAt('2027-03-05T00:00:00.000Z')), critical, new Date('2027-03-09T00:00:00.000Z')))).toEqual(['nothing']);
    });

    it('takes the days from the policy (California: 3)', () => {
      const california = raiseAlertWhenDetainedPastSentence(californiaCourtRules['detained-past-sentence']);
      expect(california.evaluate(fileOf(...held))[1]).toMatchObject({ subjectKey: critical, dueAt: '2027-03-04T23:30:00.000Z' });
    });
  });

  describe('when the deadline passes', () => {
    it('raises against the prison holding her, high severity, with the days overdue so far', () => {
      const [raise] = rule.onDeadline!(fileOf(...held), opened.data.caseId, new Date('2027-03-06T23:30:00.000Z'));
      expect(raise).toMatchObject({ kind: 'raise-alert', alert: { responsibleAgency: 'prison', responsibleUnitId: 'CC2', severity: 'high', dueAt: '2027-03-01T23:30:00.000Z' } });
      expect(summaryOf(raise)).toContain('Held 5 day(s) past');
    });

    it('does nothing once she was released', () => {
      expect(kinds(rule.onDeadline!(fileOf(...held, releasedAt('2027-03-01T08:00:00.000Z')), opened.data.caseId, new Date('2027-03-06T00:00:00.000Z')))).toEqual(['nothing']);
    });
  });

  it('shortens the term by a royal reduction', () => {
    const reduction = aClemencyGranted(opened.data, { grantedAt: '2026-11-20T00:00:00.000Z', reductionMonths: 3 });
    expect(rule.evaluate(fileOf(...held, reduction))).toMatchObject([{ kind: 'schedule-deadline', subjectKey: opened.data.caseId, dueAt: '2026-12-01T23:30:00.000Z' }, { kind: 'schedule-deadline', subjectKey: `${opened.data.caseId}:critical` }]);
  });

  it('never makes release due before the judgment that set it: time served beyond the term means release at sentencing', () => {
    const short = aSentenceImposed(opened.data, { custodialMonths: 6, suspendedMonths: 0 });
    expect(rule.evaluate(fileOf(arrest, custody, opened, detained, admitted, convicted, short))).toMatchObject([{ kind: 'schedule-deadline', subjectKey: opened.data.caseId, dueAt: short.data.imposedAt }, { kind: 'schedule-deadline', subjectKey: `${opened.data.caseId}:critical` }]);
  });

  it('makes release due at once on a pardon', () => {
    const pardon = aClemencyGranted(opened.data, { kind: 'pardon', reductionMonths: null, grantedAt: '2026-12-10T00:00:00.000Z' });
    expect(rule.evaluate(fileOf(...held, pardon))).toMatchObject([{ kind: 'schedule-deadline', subjectKey: opened.data.caseId, dueAt: '2026-12-10T00:00:00.000Z' }, { kind: 'schedule-deadline', subjectKey: `${opened.data.caseId}:critical` }]);
  });

  it('makes release due at an acquittal, and says a prosecution appeal does not justify holding her', () => {
    const acquitted = aVerdictDelivered(opened.data, 'acquitted');
    const appeal = anAppealFiled(opened.data, { filedBy: 'prosecution' });
    const file = fileOf(arrest, custody, opened, detained, admitted, acquitted, appeal);
    expect(rule.evaluate(file)).toMatchObject([{ kind: 'schedule-deadline', subjectKey: opened.data.caseId, dueAt: acquitted.data.deliveredAt }, { kind: 'schedule-deadline', subjectKey: `${opened.data.caseId}:critical` }]);
    expect(summaryOf(rule.onDeadline!(file, opened.data.caseId, new Date('2027-01-01T00:00:00.000Z'))[0])).toContain('while a prosecution appeal');
  });

  it('counts only her present custody: released pending trial, the term runs from her admission after sentence', () => {
    const bail = aPretrialRelease(opened.data, { decidedAt: '2026-03-10T03:00:00.000Z' });
    const later = aPersonAdmitted({ personId, admittedAt: '2026-11-12T09:00:00.000Z', facilityId: 'CC2' });
    const file = fileOf(arrest, custody, opened, detained, bail, convicted, sentence, later);
    expect(rule.evaluate(file)).toMatchObject([{ kind: 'schedule-deadline', subjectKey: opened.data.caseId, dueAt: '2027-11-12T09:00:00.000Z' }, { kind: 'schedule-deadline', subjectKey: `${opened.data.caseId}:critical` }]);
  });

  it('decides the same whatever order the facts arrive in, and when one arrives twice', () => {
    const late = releasedAt('2027-03-11T23:30:00.000Z');
    expect(rule.evaluate(fileOf(late, ...[...held].reverse(), sentence))).toEqual(rule.evaluate(fileOf(...held, late)));
  });

  it('does nothing while she is not known to be in custody', () => {
    expect(kinds(rule.evaluate(fileOf(opened, convicted, sentence)))).toEqual(['nothing']);
  });

  it('takes its severity and legal basis from the policy', () => {
    const california = raiseAlertWhenDetainedPastSentence({ ...californiaCourtRules['detained-past-sentence'], severity: 'critical' });
    const [raise] = california.onDeadline!(fileOf(...held), opened.data.caseId, new Date('2027-03-06T23:30:00.000Z'));
    expect(raise).toMatchObject({ alert: { severity: 'critical', legalBasis: expect.stringContaining('§2900.5') } });
  });
});
