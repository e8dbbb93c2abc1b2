import { aDependantsScreening, anArrestMade, takenIntoPoliceCustody } from '@safeguard/contracts/testing/arrest-fixtures';
import { aCaseOpened, aPretrialDetentionOrdered } from '@safeguard/contracts/testing/court-fixtures';
import { aChildrenRecordedAtAdmission, aPersonAdmitted } from '@safeguard/contracts/testing/prison-fixtures';
import { cambodiaPolicy, californiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenDependantsNotAskedWithin } from './raise-alert-when-dependants-not-asked-within';

const policy = cambodiaPolicy.rules['dependants-not-asked-at-arrest'];
const rule = raiseAlertWhenDependantsNotAskedWithin(policy, testWords);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const personId = arrest.data.person.personId;
const at = (minutes: number) => new Date(Date.parse('2026-03-01T20:00:00.000Z') + minutes * 60_000).toISOString();
const askedAfter = (minutes: number) => aDependantsScreening(arrest.data, { askedAt: at(minutes) });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
const admission = aPersonAdmitted({ personId, admittedAt: at(30 * 60), courtCaseReference: opened.data.caseReference });

describe('raise an alert when nobody asks about dependants within the policy window of the arrest', () => {
  it('schedules the deadline 3 hours after the arrest, caused by the arrest', () => {
    expect(judged(rule, policy, arrest)).toEqual([
      {
        kind: 'schedule-deadline',
        ruleId: 'dependants-not-asked-at-arrest',
        subjectKey: arrest.data.arrestId,
        dueAt: '2026-03-01T23:00:00.000Z',
        causedBy: expect.any(String),
      },
    ]);
  });

  it.each([
    ['the police asked 1 h after the arrest', [askedAfter(60)]],
    ['the police asked exactly at the deadline', [askedAfter(180)]],
  ])('when %s, stays quiet and clears an alert raised before the record arrived', (_name, facts) => {
    const outcomes = judged(rule, policy, arrest, ...facts);
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'withdraw-alert']);
    expect(outcomes[1]).toMatchObject({ kind: 'withdraw-alert', reason: expect.stringContaining('in time') });
  });

  it.each([
    ['the police asked 45 min late', [askedAfter(225)], 45, 'police'],
    [
      'only the judge asked, at the detention hearing',
      [opened, aPretrialDetentionOrdered(opened.data, { decidedAt: at(26 * 60), askedAboutPregnancyAndDependants: true })],
      23 * 60,
      'judge',
    ],
    [
      'only the prison asked, at admission',
      [opened, admission, aChildrenRecordedAtAdmission(admission.data, { recordedAt: at(31 * 60) })],
      28 * 60,
      'prison',
    ],
  ])('when %s, raises and resolves with how late, whichever agency asked', (_name, facts, lateBy, who) => {
    const outcomes = judged(rule, policy, arrest, ...facts);
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: lateBy });
    expect(outcomes[2].kind === 'resolve-alert' && outcomes[2].reason).toContain(`by the ${who}`);
  });

  it('resolves by the earliest record of anyone asking, whatever order they arrive in', () => {
    const judge = aPretrialDetentionOrdered(opened.data, { decidedAt: at(26 * 60), askedAboutPregnancyAndDependants: true });
    expect(judged(rule, policy, askedAfter(40 * 60), judge, opened, arrest)).toEqual(
      judged(rule, policy, arrest, opened, judge, askedAfter(40 * 60)),
    );
  });

  it('does not count a judge who did not ask', () => {
    expect(kinds(judged(rule, policy, arrest, opened, aPretrialDetentionOrdered(opened.data, { askedAboutPregnancyAndDependants: false })))).toEqual([
      'schedule-deadline',
    ]);
  });

  describe('when the deadline passes', () => {
    it.each<[string, string, string[]]>([
      ['with nobody having asked, raises the alert', '2026-03-01T23:00:00.000Z', ['raise-alert']],
      ['checked a minute early, does nothing', '2026-03-01T22:59:00.000Z', ['nothing']],
    ])('%s', (_name, now, expected) => {
      expect(kinds(atDeadline(rule, policy, arrest.data.arrestId, now, arrest))).toEqual(expected);
    });

    it('does nothing once anyone asked', () => {
      expect(kinds(atDeadline(rule, policy, arrest.data.arrestId, '2026-03-01T23:00:00.000Z', arrest, askedAfter(30)))).toEqual(['nothing']);
    });

    it('raises against the arresting unit, in plain words and the jurisdiction’s time, with no names', () => {
      const alert = raised(atDeadline(rule, policy, arrest.data.arrestId, '2026-03-02T00:00:00.000Z', arrest));
      expect(alert).toMatchObject({
        ruleId: 'dependants-not-asked-at-arrest',
        severity: 'high',
        responsibleAgency: 'police',
        responsibleUnitId: 'PP-ANTI-DRUG',
        province: 'Phnom Penh',
        dueAt: '2026-03-01T23:00:00.000Z',
        legalBasis: policy.legalBasis,
      });
      expect(alert.summary).toBe(
        'Nobody recorded asking the woman arrested on 2 Mar 2026, 03:00 GMT+7 whether she is pregnant or has dependent children within 3 h of the arrest.',
      );
      expect(alert.summary).not.toContain(arrest.data.person.name);
    });

    it('words a man’s arrest as his, and does not ask a man whether he is pregnant', () => {
      const his = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...arrest.data.person, personId: 'person-M', sex: 'male' } });
      expect(raised(atDeadline(rule, policy, his.data.arrestId, '2026-03-02T00:00:00.000Z', his)).summary).toBe(
        'Nobody recorded asking the man arrested on 2 Mar 2026, 03:00 GMT+7 whether he has dependent children within 3 h of the arrest.',
      );
    });
  });

  it('takes its window from the policy', () => {
    const california = californiaPolicy.rules['dependants-not-asked-at-arrest'];
    const hourly = raiseAlertWhenDependantsNotAskedWithin({ ...california, withinMinutes: 60 }, testWords);
    expect(judged(hourly, california, arrest)).toEqual([expect.objectContaining({ dueAt: '2026-03-01T21:00:00.000Z' })]);
  });

  it('keeps a custody fact out of it: only asking meets it', () => {
    expect(kinds(judged(rule, policy, arrest, takenIntoPoliceCustody(arrest.data)))).toEqual(['schedule-deadline']);
  });
});
