import { aFamilyContactGiven, anArrestMade, takenIntoPoliceCustody, transferredToPrison } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aFamilyNotified,
  aPersonAdmitted,
  aPersonReleased,
  aPhoneCallMade,
  aPrisonerTransferred,
  aVisitTookPlace,
} from '@safeguard/contracts/testing/prison-fixtures';
import { eventIdOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenTransferNotNotifiedWithin } from './raise-alert-when-transfer-not-notified-within';

const policy = cambodiaPolicy.rules['transfer-not-notified'];
const rule = raiseAlertWhenTransferNotNotifiedWithin(policy, testWords);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z', orderReference: 'DO-1', courtCaseReference: null });
const a = admission.data;
const move = aPrisonerTransferred(a, { transferredAt: '2026-05-02T09:00:00.000Z' });
const at = (hours: number) => new Date(Date.parse(move.data.transferredAt) + hours * 3_600_000).toISOString();
const told = (hours: number, about: 'transfer' | 'medical' = 'transfer') => aFamilyNotified(a, { notifiedAt: at(hours), about });
const key = `${a.custodyId}:${move.data.transferredAt}`;

describe('raise an alert when her family is not told she was moved', () => {
  describe('between prisons', () => {
    it('is due 24 h after the move, caused by it', () => {
      expect(judged(rule, policy, admission, move)).toEqual([
        { kind: 'schedule-deadline', ruleId: 'transfer-not-notified', subjectKey: key, dueAt: at(24), causedBy: eventIdOf(move) },
      ]);
    });

    it.each([
      ['told 3 h after', told(3)],
      ['told the day before the move', told(-24)],
      ['her mother visited her at the new prison the next morning', aVisitTookPlace(a, { visitedAt: at(20) })],
      ['she called home from the new prison', aPhoneCallMade(a, [], { calledAt: at(2) })],
    ])('is quiet when %s, and clears an alert raised before the record arrived', (_name, notice) => {
      expect(kinds(judged(rule, policy, admission, move, notice))).toEqual(['cancel-deadline', 'withdraw-alert']);
    });

    it('raises and resolves, 24 h late, when told two days after', () => {
      const outcomes = judged(rule, policy, admission, move, told(48));
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
      expect(outcomes[2]).toMatchObject({ lateByMinutes: 24 * 60, reason: expect.stringContaining('24 h after the deadline') });
    });

    it.each<[string, unknown[], string[]]>([
      ['nobody told: raises', [], ['raise-alert']],
      ['told of a medical matter only: raises', [told(2, 'medical')], ['raise-alert']],
      ['a call before the move: raises', [aPhoneCallMade(a, [], { calledAt: at(-2) })], ['raise-alert']],
      ['told: nothing', [told(2)], ['nothing']],
      ['released before it fell due: nothing', [aPersonReleased(a, { releasedAt: at(10) })], ['nothing']],
    ])('when the deadline passes, %s', (_name, facts, expected) => {
      expect(kinds(atDeadline(rule, policy, key, at(24), admission, move, ...(facts as [])))).toEqual(expected);
    });

    it('raises against the prison she was moved to, naming the move in plain words', () => {
      const alert = raised(atDeadline(rule, policy, key, at(30), admission, move));
      expect(alert).toMatchObject({
        responsibleAgency: 'prison',
        responsibleUnitId: 'KANDAL-PRISON',
        severity: 'medium',
        triggeringEventIds: [eventIdOf(move)],
      });
      expect(alert.summary).toBe(
        'No record that the family of the person moved from prison CC2 to prison KANDAL-PRISON on 2 May 2026, 16:00 GMT+7 was told of the move within 24 h (a benchmark, not a legal limit).',
      );
    });
  });

  describe('from the police to prison', () => {
    const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...anArrestMade().data.person, personId: a.personId } });
    const held = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T21:00:00.000Z' });
    const toPrison = transferredToPrison(arrest.data, { transferredAt: '2026-03-03T08:00:00.000Z', detentionOrderReference: 'DO-1' });
    const policeKey = `${arrest.data.arrestId}:to-prison:2026-03-03T08:00:00.000Z`;

    it('is the arresting unit’s to meet, worded for the woman it moved', () => {
      const alert = raised(atDeadline(rule, policy, policeKey, '2026-03-04T08:00:00.000Z', arrest, held, toPrison));
      expect(alert).toMatchObject({
        responsibleAgency: 'police',
        responsibleUnitId: 'PP-ANTI-DRUG',
        arrestId: arrest.data.arrestId,
        province: 'Phnom Penh',
      });
      expect(alert.summary).toMatch(
        /^No record that the family of the woman the police took from police custody at .+ to prison CC2 on 3 Mar 2026, 15:00 GMT\+7 was told of the move within 24 h/,
      );
    });

    it.each([
      ['the prison told the family on admission', aFamilyNotified(a, { notifiedAt: a.admittedAt })],
      ['she called her family from the prison that afternoon', aPhoneCallMade(a, [], { calledAt: '2026-03-03T11:00:00.000Z' })],
      [
        'she reached her family from the police station after the transfer',
        aFamilyContactGiven(arrest.data, [], { contactedAt: '2026-03-03T08:30:00.000Z' }),
      ],
    ])('is met, whichever agency recorded it, when %s', (_name, notice) => {
      expect(kinds(judged(rule, policy, arrest, held, toPrison, admission, notice))).toEqual(['cancel-deadline', 'withdraw-alert']);
    });

    it('does not count contact the police gave before the move', () => {
      expect(
        kinds(
          judged(rule, policy, arrest, held, toPrison, admission, aFamilyContactGiven(arrest.data, [], { contactedAt: '2026-03-02T08:00:00.000Z' })),
        ),
      ).toEqual(['schedule-deadline']);
    });

    it('decides the same whatever order the facts arrive in', () => {
      const notice = aFamilyNotified(a, { notifiedAt: '2026-03-05T09:00:00.000Z' });
      expect(judged(rule, policy, notice, admission, toPrison, held, arrest)).toEqual(
        judged(rule, policy, arrest, held, toPrison, admission, notice),
      );
    });
  });

  it('takes its window from the policy', () => {
    const california = californiaPolicy.rules['transfer-not-notified'];
    const sixHours = raiseAlertWhenTransferNotNotifiedWithin({ ...california, withinHours: 6 }, testWords);
    expect(kinds(judged(sixHours, california, admission, move, told(12)))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
  });

  it('does nothing, saying why, when she was never moved', () => {
    expect(judged(rule, policy, admission)).toEqual([{ kind: 'nothing', ruleId: 'transfer-not-notified', reason: 'she has not been moved' }]);
  });
});
