import {
  aConsularContactOffered,
  anArrestMade,
  releasedOnJudicialOrder,
  releasedWithoutCharge,
  takenIntoPoliceCustody,
  transferredToPrison,
} from '@safeguard/contracts/testing/arrest-fixtures';
import { aConsularContactRecorded, aPersonAdmitted, aPersonReleased } from '@safeguard/contracts/testing/prison-fixtures';
import { eventIdOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenNoConsularContactWithin } from './raise-alert-when-no-consular-contact-within';

const policy = cambodiaPolicy.rules['no-consular-contact'];
const rule = raiseAlertWhenNoConsularContactWithin(policy, testWords);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z', nationality: 'VN', orderReference: 'DO-1', courtCaseReference: null });
const a = admission.data;
const h = (hours: number) => new Date(Date.parse(a.admittedAt) + hours * 3_600_000).toISOString();
const consular = (hours: number, kind: 'offered' | 'made' | 'declined' = 'offered') => aConsularContactRecorded(a, { recordedAt: h(hours), kind });

describe('raise an alert when a foreign national in custody is not offered consular contact', () => {
  describe('a stay that begins in prison', () => {
    it('is due 72 h after a foreign national’s admission, caused by it', () => {
      expect(judged(rule, policy, admission)).toEqual([
        { kind: 'schedule-deadline', ruleId: 'no-consular-contact', subjectKey: a.custodyId, dueAt: h(72), causedBy: eventIdOf(admission) },
      ]);
    });

    it.each([
      ['offered after 1 h', consular(1)],
      ['declined after 5 h (so it was offered)', consular(5, 'declined')],
    ])('is quiet when %s, and clears an alert raised before the record arrived', (_name, contact) => {
      expect(kinds(judged(rule, policy, admission, contact))).toEqual(['cancel-deadline', 'withdraw-alert']);
    });

    it('raises and resolves, 24 h late, when contact was made 4 days in', () => {
      const outcomes = judged(rule, policy, admission, consular(96, 'made'));
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
      expect(outcomes[2]).toMatchObject({
        lateByMinutes: 24 * 60,
        reason: expect.stringContaining('consular contact made (prison record) 24 h after the deadline'),
      });
    });

    it.each<[string, unknown[], string[]]>([
      ['nothing offered: raises', [], ['raise-alert']],
      ['offered: nothing', [consular(2)], ['nothing']],
      ['released after a day: nothing', [aPersonReleased(a, { releasedAt: h(24) })], ['nothing']],
    ])('when the deadline passes, %s', (_name, facts, expected) => {
      expect(kinds(atDeadline(rule, policy, a.custodyId, h(72), admission, ...(facts as [])))).toEqual(expected);
    });

    it('raises against the prison holding her, naming her country rather than its code', () => {
      const alert = raised(atDeadline(rule, policy, a.custodyId, h(73), admission));
      expect(alert).toMatchObject({ responsibleAgency: 'prison', responsibleUnitId: 'CC2', severity: 'high', arrestId: null });
      expect(alert.summary).toBe(
        'No record that the person, a national of Vietnam held since 3 Mar 2026, 16:00 GMT+7, was offered contact with their consulate within 72 hours (a benchmark, not a legal limit). ' +
          'The prison holding them must offer it now.',
      );
    });

    it('does nothing for a Cambodian national, saying why', () => {
      expect(judged(rule, policy, aPersonAdmitted())).toEqual([
        { kind: 'nothing', ruleId: 'no-consular-contact', reason: 'no foreign national is known to be in custody' },
      ]);
    });
  });

  describe('a stay that begins in police custody and goes on in prison', () => {
    const arrest = anArrestMade({
      arrestedAt: '2026-03-01T20:00:00.000Z',
      person: { ...anArrestMade().data.person, personId: a.personId, nationality: 'TH' },
    });
    const held = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T21:00:00.000Z' });
    const toPrison = transferredToPrison(arrest.data, { transferredAt: '2026-03-03T08:00:00.000Z', detentionOrderReference: 'DO-1' });
    const stay = [arrest, held, toPrison, admission] as const;

    it('is one watch for the stay, counted from police custody across the transfer', () => {
      expect(judged(rule, policy, ...stay)).toEqual([
        expect.objectContaining({ kind: 'schedule-deadline', subjectKey: arrest.data.arrestId, dueAt: '2026-03-04T21:00:00.000Z' }),
      ]);
    });

    it.each([
      ['the police offered it at the station', aConsularContactOffered(arrest.data, { offeredAt: '2026-03-02T09:00:00.000Z' })],
      ['the prison offered it at admission', aConsularContactRecorded(a, { recordedAt: h(1) })],
    ])('is met by either agency: %s', (_name, offer) => {
      expect(kinds(judged(rule, policy, ...stay, offer))).toEqual(['cancel-deadline', 'withdraw-alert']);
    });

    it('raises against the prison holding her when it falls due after her admission', () => {
      expect(raised(atDeadline(rule, policy, arrest.data.arrestId, '2026-03-04T21:00:00.000Z', ...stay))).toMatchObject({
        responsibleAgency: 'prison',
        responsibleUnitId: 'CC2',
        arrestId: arrest.data.arrestId,
      });
    });

    it('raises against the arresting unit while the police still hold her, worded for her', () => {
      const alert = raised(atDeadline(rule, policy, arrest.data.arrestId, '2026-03-04T21:00:00.000Z', arrest, held));
      expect(alert).toMatchObject({ responsibleAgency: 'police', responsibleUnitId: 'PP-ANTI-DRUG', province: 'Phnom Penh' });
      expect(alert.summary).toBe(
        'No record that the woman, a national of Thailand held since 2 Mar 2026, 04:00 GMT+7, was offered contact with her consulate within 72 hours (a benchmark, not a legal limit). ' +
          'The police unit holding her must offer it now.',
      );
    });

    it.each([
      ['released without charge', releasedWithoutCharge(arrest.data, { releasedAt: '2026-03-02T09:00:00.000Z' })],
      ['released on a judge’s order', releasedOnJudicialOrder(arrest.data, { releasedAt: '2026-03-02T09:00:00.000Z' })],
    ])('ends when the police %s before it fell due', (_name, release) => {
      expect(kinds(judged(rule, policy, arrest, held, release))).toEqual(['cancel-deadline', 'withdraw-alert']);
    });

    it('decides the same whatever order the facts arrive in', () => {
      const late = aConsularContactOffered(arrest.data, { offeredAt: '2026-03-05T09:00:00.000Z' });
      expect(judged(rule, policy, late, admission, toPrison, held, arrest)).toEqual(judged(rule, policy, ...stay, late));
    });
  });

  it('takes the nationality and the window from the policy: US and two hours in California', () => {
    const california = californiaPolicy.rules['no-consular-contact'];
    const californian = raiseAlertWhenNoConsularContactWithin(california, testWords);
    expect(kinds(judged(californian, california, admission, consular(1)))).toEqual(['cancel-deadline', 'withdraw-alert']);
    expect(kinds(judged(californian, california, admission, consular(3)))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(kinds(judged(californian, california, aPersonAdmitted({ nationality: 'US' })))).toEqual(['nothing']);
  });
});
