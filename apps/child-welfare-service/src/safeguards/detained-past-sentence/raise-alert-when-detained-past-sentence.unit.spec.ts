import { anArrestMade, takenIntoPoliceCustody } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aCaseOpened,
  aClemencyGranted,
  anAppealFiled,
  aPretrialDetentionOrdered,
  aPretrialRelease,
  aSentenceImposed,
  aVerdictDelivered,
} from '@safeguard/contracts/testing/court-fixtures';
import { aPersonAdmitted, aPersonReleased, aPrisonerTransferred } from '@safeguard/contracts/testing/prison-fixtures';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import type { SafeguardOutcome } from '../safeguard-outcome';
import { raiseAlertWhenDetainedPastSentence } from './raise-alert-when-detained-past-sentence';

const policy = cambodiaPolicy.rules['detained-past-sentence'];
const rule = raiseAlertWhenDetainedPastSentence(policy, testWords);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const personId = arrest.data.person.personId;
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T23:30:00.000Z' });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
const caseId = opened.data.caseId;
const detained = aPretrialDetentionOrdered(opened.data);
const admitted = aPersonAdmitted({
  personId,
  admittedAt: '2026-03-04T09:00:00.000Z',
  facilityId: 'CC2',
  courtCaseReference: opened.data.caseReference,
});
const convicted = aVerdictDelivered(opened.data);
// Two years, one suspended, imposed on 12 Nov 2026: twelve months from police custody end on 1 Mar 2027, 23:30 UTC.
const sentence = aSentenceImposed(opened.data);
const held = [arrest, custody, opened, detained, admitted, convicted, sentence] as const;
const releasedAt = (iso: string) => aPersonReleased(admitted.data, { releasedAt: iso });
const critical = `${caseId}#grows-to-critical`;
const schedules = (outcomes: readonly SafeguardOutcome[]) =>
  outcomes.filter((o) => o.kind === 'schedule-deadline').map((o) => ({ subjectKey: o.subjectKey, dueAt: o.dueAt }));

describe('raise an alert when she is held past her sentence', () => {
  it('is due at the end of the prison term, counted from police custody, and grows critical 7 days later', () => {
    expect(schedules(judged(rule, policy, ...held))).toEqual([
      { subjectKey: caseId, dueAt: '2027-03-01T23:30:00.000Z' },
      { subjectKey: critical, dueAt: '2027-03-08T23:30:00.000Z' },
    ]);
  });

  it('is quiet when she was released in time, and clears an alert raised before the record arrived', () => {
    expect(kinds(judged(rule, policy, ...held, releasedAt('2027-03-01T08:00:00.000Z')))).toEqual([
      'cancel-deadline',
      'cancel-deadline',
      'withdraw-alert',
    ]);
  });

  it.each<[string, string, string[], number]>([
    [
      '3 days late: raised and resolved, never critical',
      '2027-03-04T23:30:00.000Z',
      ['cancel-deadline', 'cancel-deadline', 'raise-alert', 'resolve-alert'],
      3,
    ],
    [
      '10 days late: it grew critical before she was released',
      '2027-03-11T23:30:00.000Z',
      ['cancel-deadline', 'cancel-deadline', 'raise-alert', 'escalate-alert', 'resolve-alert'],
      10,
    ],
  ])('when she was released %s', (_name, at, expected, days) => {
    const outcomes = judged(rule, policy, ...held, releasedAt(at));
    expect(kinds(outcomes)).toEqual(expected);
    expect(outcomes[outcomes.length - 1]).toMatchObject({
      kind: 'resolve-alert',
      lateByMinutes: days * 24 * 60,
      reason: `released from prison ${days} d after the deadline of 2 Mar 2027, 06:30 GMT+7`,
    });
  });

  describe('when the deadline passes', () => {
    it('raises against the prison holding her, at high severity, in plain words', () => {
      const moved = aPrisonerTransferred(admitted.data, { transferredAt: '2026-12-01T09:00:00.000Z' });
      const alert = raised(atDeadline(rule, policy, caseId, '2027-03-06T23:30:00.000Z', ...held, moved));
      expect(alert).toMatchObject({
        responsibleAgency: 'prison',
        responsibleUnitId: 'KANDAL-PRISON',
        severity: 'high',
        dueAt: '2027-03-01T23:30:00.000Z',
        arrestId: arrest.data.arrestId,
      });
      expect(alert.summary).toBe(
        'The mother should have been released on 2 Mar 2027, 06:30 GMT+7, when her prison term of 12 months, counted from the start of her custody on 2 Mar 2026, 06:30 GMT+7, ended, ' +
          'and no release from prison is recorded. Each day counts: the alert becomes critical after 7 days (a benchmark, not a legal limit).',
      );
    });

    it.each<[string, unknown[], string, string[]]>([
      ['still held 7 days on: grows critical', [], '2027-03-08T23:30:00.000Z', ['escalate-alert']],
      ['checked a day early: nothing', [], '2027-03-07T23:30:00.000Z', ['nothing']],
      ['released meanwhile: nothing', [releasedAt('2027-03-05T00:00:00.000Z')], '2027-03-09T00:00:00.000Z', ['nothing']],
    ])('and the growth deadline passes, %s', (_name, facts, now, expected) => {
      expect(kinds(atDeadline(rule, policy, critical, now, ...held, ...(facts as [])))).toEqual(expected);
    });
  });

  describe('counts the term as the judgment says', () => {
    it.each<[string, Parameters<typeof aSentenceImposed>[1], string]>([
      ['from the start date it names', { custodyStartsAt: '2026-06-01T00:00:00.000Z' }, '2027-06-01T00:00:00.000Z'],
      ['from that start, less the days it credits', { custodyStartsAt: '2026-06-01T00:00:00.000Z', creditedDays: 31 }, '2027-05-01T00:00:00.000Z'],
      ['from the sentence, less the days it credits, when it names no start', { creditedDays: 100 }, '2027-08-04T09:00:00.000Z'],
    ])('%s', (_name, overrides, dueAt) => {
      const stated = aSentenceImposed(opened.data, { imposedAt: '2026-11-12T09:00:00.000Z', ...overrides });
      expect(schedules(judged(rule, policy, arrest, custody, opened, detained, admitted, convicted, stated))[0]).toEqual({
        subjectKey: caseId,
        dueAt,
      });
    });

    it('says the credit in the alert', () => {
      const credited = aSentenceImposed(opened.data, { imposedAt: '2026-11-12T09:00:00.000Z', creditedDays: 100 });
      expect(
        raised(atDeadline(rule, policy, caseId, '2027-08-05T00:00:00.000Z', arrest, custody, opened, detained, admitted, convicted, credited))
          .summary,
      ).toContain('counted from the sentence on 12 Nov 2026, 16:00 GMT+7, less 100 days already served, ended');
    });
  });

  it('shortens the term by a royal reduction, from when it takes effect', () => {
    const reduction = aClemencyGranted(opened.data, { grantedAt: '2026-11-20T00:00:00.000Z', reductionMonths: 3 });
    expect(schedules(judged(rule, policy, ...held, reduction))[0]).toEqual({ subjectKey: caseId, dueAt: '2026-12-01T23:30:00.000Z' });
    const later = aClemencyGranted(opened.data, {
      grantedAt: '2026-11-20T00:00:00.000Z',
      effectiveAt: '2026-12-20T00:00:00.000Z',
      reductionMonths: 3,
    });
    expect(schedules(judged(rule, policy, ...held, later))[0]).toEqual({ subjectKey: caseId, dueAt: '2026-12-20T00:00:00.000Z' });
  });

  it('makes release due when a pardon takes effect, not when it was granted', () => {
    const pardon = aClemencyGranted(opened.data, {
      kind: 'pardon',
      reductionMonths: null,
      grantedAt: '2026-12-10T00:00:00.000Z',
      effectiveAt: '2026-12-14T00:00:00.000Z',
    });
    const outcomes = judged(rule, policy, ...held, pardon);
    expect(schedules(outcomes)[0]).toEqual({ subjectKey: caseId, dueAt: '2026-12-14T00:00:00.000Z' });
    expect(raised(atDeadline(rule, policy, caseId, '2026-12-15T00:00:00.000Z', ...held, pardon)).summary).toContain(
      'should have been released on 14 Dec 2026, 07:00 GMT+7, when a pardon took effect',
    );
  });

  it('never makes release due before the judgment that set it: time served beyond the term means release at sentencing', () => {
    const short = aSentenceImposed(opened.data, { custodialMonths: 6, suspendedMonths: 0 });
    expect(schedules(judged(rule, policy, arrest, custody, opened, detained, admitted, convicted, short))[0]).toEqual({
      subjectKey: caseId,
      dueAt: short.data.imposedAt,
    });
  });

  describe('after an acquittal', () => {
    const acquitted = aVerdictDelivered(opened.data, 'acquitted');
    const appeal = anAppealFiled(opened.data, { filedBy: 'prosecution', filedAt: acquitted.data.deliveredAt });
    const file = [arrest, custody, opened, detained, admitted, acquitted, appeal] as const;

    it('is due at once', () => {
      expect(schedules(judged(rule, policy, ...file))[0]).toEqual({ subjectKey: caseId, dueAt: acquitted.data.deliveredAt });
    });

    it('says honestly that Cambodian law keeps her detained while the prosecutor’s appeal waits', () => {
      const { summary } = raised(atDeadline(rule, policy, caseId, '2027-01-01T00:00:00.000Z', ...file));
      expect(summary).toContain('when the court acquitted her, and no release from prison is recorded. A prosecution appeal filed on 12 Nov 2026');
      expect(summary).toContain(
        'Cambodian law keeps her detained even past the end of her sentence, or after an acquittal if held before trial (LICADHO 2015, footnote 11): her detention is the report’s concern',
      );
    });

    it('says it of a father in his own words, never "her"', () => {
      const fathersArrest = anArrestMade({ ...arrest.data, person: { ...arrest.data.person, sex: 'male' } });
      const { summary } = raised(atDeadline(rule, policy, caseId, '2027-01-01T00:00:00.000Z', fathersArrest, ...file.slice(1)));
      expect(summary).toContain('The father should have been released');
      expect(summary).toContain(
        'Cambodian law keeps him detained even past the end of his sentence, or after an acquittal if held before trial (LICADHO 2015, footnote 11): his detention is the report’s concern',
      );
      expect(summary).not.toMatch(/\b(she|her)\b/i);
    });

    it('says where the policy knows no such rule (California)', () => {
      const california = californiaPolicy.rules['detained-past-sentence'];
      const { summary } = raised(
        atDeadline(raiseAlertWhenDetainedPastSentence(california, testWords), california, caseId, '2027-01-01T00:00:00.000Z', ...file),
      );
      expect(summary).toContain('No rule of this jurisdiction known to the policy keeps her detained while it waits.');
    });
  });

  it('counts only her present custody: released pending trial, the term runs from her admission after the sentence', () => {
    const bail = aPretrialRelease(opened.data, { decidedAt: '2026-03-10T03:00:00.000Z' });
    const later = aPersonAdmitted({
      personId,
      admittedAt: '2026-11-12T09:00:00.000Z',
      facilityId: 'CC2',
      courtCaseReference: opened.data.caseReference,
    });
    expect(schedules(judged(rule, policy, arrest, custody, opened, detained, bail, convicted, sentence, later))[0]).toEqual({
      subjectKey: caseId,
      dueAt: '2027-11-12T09:00:00.000Z',
    });
  });

  it('decides the same whatever order the facts arrive in, and when one arrives twice', () => {
    const late = releasedAt('2027-03-11T23:30:00.000Z');
    expect(judged(rule, policy, late, ...[...held].reverse(), sentence)).toEqual(judged(rule, policy, ...held, late));
  });

  it('does nothing, saying why, while she is not known to be in custody', () => {
    expect(judged(rule, policy, opened, convicted, sentence)).toEqual([
      { kind: 'nothing', ruleId: 'detained-past-sentence', reason: 'no judgment requires the release of someone known to be in custody' },
    ]);
  });

  it('takes its growth, severity and legal basis from the policy (California: critical after 3 days)', () => {
    const california = californiaPolicy.rules['detained-past-sentence'];
    const ca = raiseAlertWhenDetainedPastSentence(california, testWords);
    expect(schedules(judged(ca, california, ...held))[1]).toEqual({ subjectKey: critical, dueAt: '2027-03-04T23:30:00.000Z' });
    expect(raised(atDeadline(ca, { ...california, severity: 'critical' }, caseId, '2027-03-06T23:30:00.000Z', ...held))).toMatchObject({
      severity: 'critical',
      legalBasis: expect.stringContaining('§2900.5'),
    });
  });
});
