import {
  aFamilyContactGiven,
  anArrestMade,
  releasedOnPoliceBail,
  takenIntoPoliceCustody,
  transferredToPrison,
} from '@safeguard/contracts/testing/arrest-fixtures';
import { aPersonAdmitted, aPhoneCallMade, aVisitTookPlace } from '@safeguard/contracts/testing/prison-fixtures';
import { cambodiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenNoFamilyContactWithin } from './raise-alert-when-no-family-contact-within';

const policy = cambodiaPolicy.rules['no-family-contact'];
const rule = raiseAlertWhenNoFamilyContactWithin(policy, testWords);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const personId = arrest.data.person.personId;
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T21:00:00.000Z' });
const contactAt = (iso: string) => aFamilyContactGiven(arrest.data, [], { contactedAt: iso });
const transfer = transferredToPrison(arrest.data, { transferredAt: '2026-03-03T08:00:00.000Z', detentionOrderReference: 'DO-1' });
const admission = aPersonAdmitted({ personId, admittedAt: '2026-03-03T09:00:00.000Z', orderReference: 'DO-1' });
const key = arrest.data.arrestId;

describe('raise an alert when she cannot reach her family within the policy window of police custody', () => {
  it('schedules the deadline 3 hours after custody, caused by the custody record', () => {
    expect(judged(rule, policy, arrest, custody)).toEqual([
      { kind: 'schedule-deadline', ruleId: 'no-family-contact', subjectKey: key, dueAt: '2026-03-02T00:00:00.000Z', causedBy: expect.any(String) },
    ]);
  });

  it.each<[string, unknown[], string[], number | null]>([
    ['contact at the station 1 h after custody', [contactAt('2026-03-01T22:00:00.000Z')], ['cancel-deadline', 'withdraw-alert'], null],
    ['contact at the station 40 min late', [contactAt('2026-03-02T00:40:00.000Z')], ['cancel-deadline', 'raise-alert', 'resolve-alert'], 40],
    [
      'only a visit in the prison she was taken to, two days later',
      [transfer, admission, aVisitTookPlace(admission.data, { visitedAt: '2026-03-04T00:00:00.000Z' })],
      ['cancel-deadline', 'raise-alert', 'resolve-alert'],
      48 * 60,
    ],
    [
      'only a call from that prison',
      [transfer, admission, aPhoneCallMade(admission.data, [], { calledAt: '2026-03-03T12:00:00.000Z' })],
      ['cancel-deadline', 'raise-alert', 'resolve-alert'],
      36 * 60,
    ],
    [
      'released on bail within the hour',
      [releasedOnPoliceBail(arrest.data, { releasedAt: '2026-03-01T21:30:00.000Z' })],
      ['cancel-deadline', 'withdraw-alert'],
      null,
    ],
  ])('%s', (_name, facts, expected, lateBy) => {
    const outcomes = judged(rule, policy, arrest, custody, ...(facts as never[]));
    expect(kinds(outcomes)).toEqual(expected);
    if (lateBy !== null) expect(outcomes[outcomes.length - 1]).toMatchObject({ lateByMinutes: lateBy });
  });

  it('does not count a visit in a prison custody that no record joins to this arrest', () => {
    const other = aPersonAdmitted({ personId, admittedAt: '2026-01-01T09:00:00.000Z', orderReference: 'other', courtCaseReference: null });
    expect(kinds(judged(rule, policy, arrest, custody, other, aVisitTookPlace(other.data, { visitedAt: '2026-03-02T00:10:00.000Z' })))).toEqual([
      'schedule-deadline',
    ]);
  });

  describe('when the deadline passes', () => {
    it.each<[string, string, string[]]>([
      ['with no contact, raises', '2026-03-02T00:00:00.000Z', ['raise-alert']],
      ['a minute early, waits', '2026-03-01T23:59:00.000Z', ['nothing']],
    ])('%s', (_name, now, expected) => {
      expect(kinds(atDeadline(rule, policy, key, now, arrest, custody))).toEqual(expected);
    });

    it('raises against the arresting unit, naming custody as the trigger, in the jurisdiction’s words', () => {
      const alert = raised(atDeadline(rule, policy, key, '2026-03-02T01:00:00.000Z', arrest, custody));
      expect(alert).toMatchObject({
        responsibleAgency: 'police',
        responsibleUnitId: 'PP-ANTI-DRUG',
        dueAt: '2026-03-02T00:00:00.000Z',
        severity: policy.severity,
      });
      expect(alert.summary).toBe(
        'No record that the woman held at Chbar Ampov District Police Station since 2 Mar 2026, 04:00 GMT+7 could reach her family or the children’s caregiver within 3 h.',
      );
    });
  });

  it('takes its window from the policy', () => {
    const hour = raiseAlertWhenNoFamilyContactWithin({ ...policy, withinMinutes: 60 }, testWords);
    expect(judged(hour, policy, arrest, custody)).toEqual([expect.objectContaining({ dueAt: '2026-03-01T22:00:00.000Z' })]);
  });

  it('decides the same whatever order the facts arrive in', () => {
    const late = contactAt('2026-03-02T00:40:00.000Z');
    expect(judged(rule, policy, late, custody, arrest, late)).toEqual(judged(rule, policy, arrest, custody, late));
  });
});
