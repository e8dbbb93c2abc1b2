import { anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { aCaseOpened, aFamilyNotifiedOfHearing, aHearingScheduled } from '@safeguard/contracts/testing/court-fixtures';
import { aFamilyNotified, aPersonAdmitted } from '@safeguard/contracts/testing/prison-fixtures';
import { personFileOf } from '../../person-file/person-file';
import type { AgencyEvent } from '../../person-file/person-file';
import { factOf } from '../../person-file/person-file.testing';
import { familyViewOf } from '../../reconciled/family-view';
import type { HearingNotNotifiedPolicy } from '../court-policy';
import { judgeFile } from '../judge';
import { cambodiaPolicy, californiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenFamilyNotNotifiedOfHearing } from './raise-alert-when-family-not-notified-of-hearing';

const policy = cambodiaPolicy.rules['hearing-not-notified'];
const rule = raiseAlertWhenFamilyNotNotifiedOfHearing(policy, testWords);
const arrest = anArrestMade();
const personId = arrest.data.person.personId;
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
const trial = aHearingScheduled(opened.data, { scheduledAt: '2026-05-01T02:00:00.000Z', hearingAt: '2026-06-01T02:00:00.000Z' });
const key = `${opened.data.caseId}:${trial.data.hearingId}`;
const courtTold = (notifiedAt: string, hearing = trial) => aFamilyNotifiedOfHearing(hearing.data, { notifiedAt });
const admitted = aPersonAdmitted({ personId, admittedAt: '2026-03-04T09:00:00.000Z' });
const prisonTold = (notifiedAt: string, about: 'legal-date' | 'transfer' = 'legal-date') => aFamilyNotified(admitted.data, { notifiedAt, about });

describe('raise an alert when the family is not told of a hearing in time', () => {
  it('schedules the deadline 7 days before a hearing set a month ahead, caused by the scheduling', () => {
    expect(judged(rule, policy, arrest, opened, trial)).toEqual([
      { kind: 'schedule-deadline', ruleId: 'hearing-not-notified', subjectKey: key, dueAt: '2026-05-25T02:00:00.000Z', causedBy: expect.any(String) },
    ]);
  });

  it.each<[string, AgencyEvent[], string[]]>([
    ['the court told the family a month ahead', [courtTold('2026-05-03T02:00:00.000Z')], ['cancel-deadline', 'withdraw-alert']],
    [
      'the prison told the family of a legal date a month ahead',
      [admitted, prisonTold('2026-05-03T02:00:00.000Z')],
      ['cancel-deadline', 'withdraw-alert'],
    ],
    ['the court told them exactly 7 days before', [courtTold('2026-05-25T02:00:00.000Z')], ['cancel-deadline', 'withdraw-alert']],
    [
      'the prison told them of a transfer, not of a legal date',
      [admitted, prisonTold('2026-05-03T02:00:00.000Z', 'transfer')],
      ['schedule-deadline'],
    ],
    ['the court told them only after the hearing', [courtTold('2026-06-02T02:00:00.000Z')], ['schedule-deadline']],
    ['the court told them 3 days before', [courtTold('2026-05-29T02:00:00.000Z')], ['cancel-deadline', 'raise-alert', 'resolve-alert']],
    [
      'the prison told them of a legal date 3 days before',
      [admitted, prisonTold('2026-05-29T02:00:00.000Z')],
      ['cancel-deadline', 'raise-alert', 'resolve-alert'],
    ],
  ])('when %s', (_name, facts, expected) => {
    expect(kinds(judged(rule, policy, arrest, opened, trial, ...facts))).toEqual(expected);
  });

  it('resolves a late notice with how late it came, whichever agency gave it', () => {
    for (const facts of [[courtTold('2026-05-29T02:00:00.000Z')], [admitted, prisonTold('2026-05-29T02:00:00.000Z')]]) {
      const outcomes = judged(rule, policy, arrest, opened, trial, ...facts);
      expect(outcomes[2]).toMatchObject({
        kind: 'resolve-alert',
        subjectKey: key,
        lateByMinutes: 4 * 24 * 60,
        reason: expect.stringContaining('4 d after the deadline of 25 May 2026, 09:00 GMT+7'),
      });
    }
  });

  it.each<[string, Partial<typeof trial.data>, string]>([
    [
      'gives 24 h from the scheduling when the hearing is set 3 days ahead',
      { scheduledAt: '2026-05-01T02:00:00.000Z', hearingAt: '2026-05-04T02:00:00.000Z' },
      '2026-05-02T02:00:00.000Z',
    ],
    [
      'never lets the deadline fall after a hearing set for the next morning',
      { scheduledAt: '2026-05-01T10:00:00.000Z', hearingAt: '2026-05-02T02:00:00.000Z' },
      '2026-05-02T02:00:00.000Z',
    ],
    [
      'gives a hearing set 7 days and an hour ahead the same day’s grace',
      { scheduledAt: '2026-05-01T01:00:00.000Z', hearingAt: '2026-05-08T02:00:00.000Z' },
      '2026-05-02T01:00:00.000Z',
    ],
  ])('%s', (_name, patch, dueAt) => {
    expect(judged(rule, policy, arrest, opened, aHearingScheduled(opened.data, patch))).toMatchObject([{ kind: 'schedule-deadline', dueAt }]);
  });

  describe('counts from when the court set the hearing, not from when its record arrived', () => {
    const setOnMay1 = aHearingScheduled(opened.data, {
      scheduledAt: '2026-05-01T02:00:00.000Z',
      scheduledAtSource: 'stated-by-agency',
      hearingAt: '2026-05-05T02:00:00.000Z',
    });
    const toldBeforeRecorded = aFamilyNotifiedOfHearing(setOnMay1.data, { notifiedAt: '2026-05-01T14:00:00.000Z' });

    it('raises nothing for a notice given between the scheduling and a record of it entered a day later', () => {
      const file = personFileOf(personId, [
        factOf(arrest),
        factOf(opened),
        factOf(setOnMay1, '2026-05-02T02:00:00.000Z'),
        factOf(toldBeforeRecorded),
      ]);
      const outcomes = judgeFile(rule, policy, familyViewOf(file), testWords);
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'withdraw-alert']);
      expect(outcomes[1]).toMatchObject({ kind: 'withdraw-alert', reason: expect.stringContaining('in time') });
    });

    it('does not count a notice given before the court set this date: it was about another', () => {
      const moved = aHearingScheduled(opened.data, {
        hearingId: trial.data.hearingId,
        scheduledAt: '2026-05-20T02:00:00.000Z',
        scheduledAtSource: 'stated-by-agency',
        hearingAt: '2026-07-01T02:00:00.000Z',
      });
      expect(judged(rule, policy, arrest, opened, trial, courtTold('2026-05-03T02:00:00.000Z'), moved)).toEqual([
        {
          kind: 'schedule-deadline',
          ruleId: 'hearing-not-notified',
          subjectKey: key,
          dueAt: '2026-06-24T02:00:00.000Z',
          causedBy: expect.any(String),
        },
      ]);
    });
  });

  describe('when the deadline passes', () => {
    it('raises against the court that holds the case, not the courtroom, in plain words and the jurisdiction’s time', () => {
      const alert = raised(atDeadline(rule, policy, key, '2026-05-25T02:00:00.000Z', arrest, opened, trial));
      expect(alert).toMatchObject({
        responsibleAgency: 'court',
        responsibleUnitId: 'PP-MUNICIPAL-COURT',
        severity: 'medium',
        dueAt: '2026-05-25T02:00:00.000Z',
        arrestId: arrest.data.arrestId,
        province: 'Phnom Penh',
      });
      expect(alert.summary).toBe(
        'No record shows her family was told of the trial hearing on 1 Jun 2026, 09:00 GMT+7 in case PPCFI-2026-01183 by 25 May 2026, 09:00 GMT+7 (7 days before it, a benchmark, not a legal deadline). The court must tell them.',
      );
    });

    it('says when a short-notice hearing was set, and that the court did not say when it set it', () => {
      const soon = aHearingScheduled(opened.data, { scheduledAt: '2026-05-01T02:00:00.000Z', hearingAt: '2026-05-04T02:00:00.000Z' });
      expect(
        raised(atDeadline(rule, policy, `${opened.data.caseId}:${soon.data.hearingId}`, '2026-05-03T00:00:00.000Z', arrest, opened, soon)).summary,
      ).toContain(
        '(within 24 h of the scheduling, as it was set less than 7 days ahead, a benchmark, not a legal deadline; the court’s record of it arrived on 1 May 2026, 09:00 GMT+7, without saying when the court set it)',
      );
    });

    it.each<[string, AgencyEvent[]]>([
      ['the court told the family', [courtTold('2026-05-03T02:00:00.000Z')]],
      ['the prison told the family of a legal date', [admitted, prisonTold('2026-05-03T02:00:00.000Z')]],
    ])('does nothing once %s', (_name, facts) => {
      expect(kinds(atDeadline(rule, policy, key, '2026-05-25T02:00:00.000Z', arrest, opened, trial, ...facts))).toEqual(['nothing']);
    });
  });

  it('decides the same whatever order the facts arrive in', () => {
    const facts = [admitted, prisonTold('2026-05-29T02:00:00.000Z'), courtTold('2026-05-30T02:00:00.000Z')];
    expect(judged(rule, policy, ...[...facts].reverse(), trial, opened, arrest)).toEqual(judged(rule, policy, arrest, opened, trial, ...facts));
  });

  it('takes its notice period from the policy', () => {
    const fourteenDays: HearingNotNotifiedPolicy = { ...policy, noticeDays: 14 };
    expect(judged(raiseAlertWhenFamilyNotNotifiedOfHearing(fourteenDays, testWords), fourteenDays, arrest, opened, trial)).toMatchObject([
      { dueAt: '2026-05-18T02:00:00.000Z' },
    ]);
  });

  it('takes California’s numbers and calls them a benchmark: California sets no notice to the family', () => {
    const california = californiaPolicy.rules['hearing-not-notified'];
    const alert = raised(
      atDeadline(raiseAlertWhenFamilyNotNotifiedOfHearing(california, testWords), california, key, '2026-05-25T02:00:00.000Z', arrest, opened, trial),
    );
    expect(alert).toMatchObject({ severity: 'low', dueAt: '2026-05-25T02:00:00.000Z' });
    expect(alert.summary).toContain('(7 days before it, a benchmark, not a legal deadline)');
  });
});
