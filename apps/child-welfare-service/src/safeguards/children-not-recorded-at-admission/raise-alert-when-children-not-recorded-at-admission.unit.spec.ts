import { aDependantsScreening, anArrestMade, transferredToPrison } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aChildAdmittedWithParent,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
  aPersonReleased,
} from '@safeguard/contracts/testing/prison-fixtures';
import { eventIdOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import type { SafeguardOutcome } from '../safeguard-outcome';
import { raiseAlertWhenChildrenNotRecordedAtAdmission } from './raise-alert-when-children-not-recorded-at-admission';

const policy = cambodiaPolicy.rules['children-not-recorded-at-admission'];
const rule = raiseAlertWhenChildrenNotRecordedAtAdmission(policy, testWords);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z', orderReference: 'DO-1', courtCaseReference: null });
const a = admission.data;
const hours = (n: number) => new Date(Date.parse(a.admittedAt) + n * 3_600_000).toISOString();
const recordedAfter = (n: number, overrides = {}) => aChildrenRecordedAtAdmission(a, { recordedAt: hours(n), ...overrides });
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...anArrestMade().data.person, personId: a.personId } });
const toPrison = transferredToPrison(arrest.data, { transferredAt: '2026-03-03T08:00:00.000Z', detentionOrderReference: 'DO-1' });
const policeCounted = (n: number) => aDependantsScreening(arrest.data, { askedAt: '2026-03-01T21:00:00.000Z', numberOfChildren: n });
const about = (outcomes: readonly SafeguardOutcome[], prefix: string) =>
  outcomes.filter((o) => (o.kind === 'raise-alert' ? o.alert.subjectKey : 'subjectKey' in o ? o.subjectKey : '').startsWith(prefix));

describe('raise an alert when the prison does not record her children at admission', () => {
  describe('the question at admission', () => {
    it('is due 24 h after admission, caused by the admission', () => {
      expect(judged(rule, policy, admission)).toEqual([
        {
          kind: 'schedule-deadline',
          ruleId: 'children-not-recorded-at-admission',
          subjectKey: a.custodyId,
          dueAt: '2026-03-04T09:00:00.000Z',
          causedBy: eventIdOf(admission),
        },
      ]);
    });

    it.each([
      ['children recorded after 1 h', recordedAfter(1)],
      ['she declined to say, after 2 h', recordedAfter(2, { answer: 'declined-to-say', numberOfChildren: null, children: [] })],
      ['no children, after 24 h exactly', recordedAfter(24, { answer: 'no-children', numberOfChildren: 0, children: [] })],
    ])('is quiet when %s, and clears an alert raised before the record arrived', (_name, record) => {
      const outcomes = judged(rule, policy, admission, record);
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'withdraw-alert']);
      expect(outcomes[1]).toMatchObject({ kind: 'withdraw-alert', reason: expect.stringContaining('in time') });
    });

    it('raises and resolves, 6 h late, when recorded 30 h after admission', () => {
      const outcomes = judged(rule, policy, admission, recordedAfter(30));
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
      expect(outcomes[2]).toMatchObject({
        lateByMinutes: 360,
        resolvedAt: '2026-03-04T15:00:00.000Z',
        reason: expect.stringContaining('6 h after the deadline'),
      });
    });

    it.each<[string, unknown[], string, string[]]>([
      ['nothing recorded: raises', [], '2026-03-04T09:00:00.000Z', ['raise-alert']],
      ['recorded: nothing', [recordedAfter(3)], '2026-03-04T09:00:00.000Z', ['nothing']],
      ['checked an hour early: nothing', [], '2026-03-04T08:00:00.000Z', ['nothing']],
      ['released after 10 h: nothing', [aPersonReleased(a, { releasedAt: hours(10) })], '2026-03-04T09:00:00.000Z', ['nothing']],
    ])('when the deadline passes, %s', (_name, facts, now, expected) => {
      expect(kinds(atDeadline(rule, policy, a.custodyId, now, admission, ...(facts as [])))).toEqual(expected);
    });

    it('raises against the admitting prison, with the arrest the police transfer joins it to, in plain words', () => {
      const alert = raised(atDeadline(rule, policy, a.custodyId, '2026-03-05T00:00:00.000Z', admission, arrest, toPrison));
      expect(alert).toMatchObject({
        responsibleAgency: 'prison',
        responsibleUnitId: 'CC2',
        arrestId: arrest.data.arrestId,
        province: 'Phnom Penh',
        severity: 'medium',
        triggeringEventIds: [eventIdOf(admission)],
      });
      expect(alert.summary).toBe(
        'No record that prison CC2 asked the woman admitted on 3 Mar 2026, 16:00 GMT+7 whether she has children within 24 h of admission (a benchmark, not a legal limit).',
      );
    });

    it('takes its window from the policy', () => {
      const twoHours = raiseAlertWhenChildrenNotRecordedAtAdmission({ ...policy, withinHours: 2 }, testWords);
      expect(kinds(judged(twoHours, policy, admission, recordedAfter(3)))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    });
  });

  describe('fewer children than another agency recorded', () => {
    const count = (...facts: Parameters<typeof judged>[2][]) =>
      about(judged(rule, policy, admission, arrest, toPrison, ...facts), `${a.custodyId}:count`);

    it('raises a review at once when the prison records two and the police three, naming both records and no child', () => {
      const record = recordedAfter(1);
      const police = policeCounted(3);
      const [raise] = count(police, record);
      expect(raise).toMatchObject({
        kind: 'raise-alert',
        alert: { dueAt: record.data.recordedAt, responsibleUnitId: 'CC2', triggeringEventIds: [eventIdOf(record), eventIdOf(police)] },
      });
      const { summary } = raised([raise]);
      expect(summary).toBe(
        'For review: prison CC2 recorded 2 children for the mother on 3 Mar 2026, 17:00 GMT+7, but the police recorded 3 children on 2 Mar 2026, 04:00 GMT+7, ' +
          'and no record explains the difference. Ask her again and correct whichever record is wrong, so that no child is left out.',
      );
      expect(summary).not.toMatch(/Dara|Sophea/);
    });

    it('raises when the prison records no children though the police recorded two', () => {
      const none = recordedAfter(1, { answer: 'no-children', numberOfChildren: 0, children: [] });
      expect(raised(count(policeCounted(2), none)).summary).toContain('recorded no children for the mother');
    });

    it.each([
      ['the counts agree', [policeCounted(2), recordedAfter(1)]],
      ['she declined to say', [policeCounted(3), recordedAfter(1, { answer: 'declined-to-say', numberOfChildren: null, children: [] })]],
      [
        'she gave no number and declined details',
        [policeCounted(3), recordedAfter(1, { numberOfChildren: null, consentToRecordDetails: false, children: [] })],
      ],
      ['the third child lives in prison with her', [policeCounted(3), recordedAfter(1), aChildAdmittedWithParent(a)]],
      [
        'only children seen at the arrest outnumber them (they may be a neighbour’s)',
        [recordedAfter(1, { numberOfChildren: 1, children: [aChildrenRecordedAtAdmission(a).data.children[0]] })],
      ],
    ])('raises nothing when %s', (_name, facts) => {
      expect(count(...facts)).toEqual([]);
    });

    it('is resolved by a later prison record with the full count, saying how long it took', () => {
      const outcomes = count(policeCounted(3), recordedAfter(1), recordedAfter(49, { numberOfChildren: 3 }));
      expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert']);
      expect(outcomes[1]).toMatchObject({
        lateByMinutes: 48 * 60,
        reason: expect.stringContaining('recorded the children again (3 children) 2 d later'),
      });
    });

    it('opens when the police count reaches the service after the prison’s record, whatever order the facts arrive in', () => {
      const later = aDependantsScreening(arrest.data, { askedAt: hours(5), numberOfChildren: 4 });
      const record = recordedAfter(1);
      const outcomes = count(later, record);
      expect(raised(outcomes)).toMatchObject({ dueAt: hours(5) });
      expect(judged(rule, policy, later, toPrison, record, arrest, admission)).toEqual(
        judged(rule, policy, admission, arrest, toPrison, record, later),
      );
    });
  });

  it('is worded for a man as his', () => {
    const his = anArrestMade({ person: { ...arrest.data.person, sex: 'male' } });
    expect(raised(atDeadline(rule, policy, a.custodyId, '2026-03-05T00:00:00.000Z', admission, his)).summary).toContain(
      'asked the man admitted on 3 Mar 2026, 16:00 GMT+7 whether he has children',
    );
  });

  it('takes its texts from the policy (California: a benchmark Bangkok Rule 3 sets)', () => {
    const california = californiaPolicy.rules['children-not-recorded-at-admission'];
    const alert = raised(
      atDeadline(raiseAlertWhenChildrenNotRecordedAtAdmission(california, testWords), california, a.custodyId, '2026-03-05T00:00:00.000Z', admission),
    );
    expect(alert.legalBasis).toContain('benchmark');
  });

  it('does nothing, saying why, before she is admitted', () => {
    expect(judged(rule, policy, arrest)).toEqual([
      { kind: 'nothing', ruleId: 'children-not-recorded-at-admission', reason: 'she has not been admitted to prison' },
    ]);
  });
});
