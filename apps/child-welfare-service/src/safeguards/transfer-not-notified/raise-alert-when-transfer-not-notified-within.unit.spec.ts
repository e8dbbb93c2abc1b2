import { aFamilyContactGiven, anArrestMade, transferredToPrison } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aFamilyNotified, aPersonAdmitted, aPrisonerTransferred } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { eventIdOf, fileOf } from '../../person-file/person-file.testing';
import { cambodiaPolicy } from '../policy';
import { addHours } from '../prison-facts';
import { raiseAlertWhenTransferNotNotifiedWithin } from './raise-alert-when-transfer-not-notified-within';

const policy = cambodiaPolicy.rules['transfer-not-notified'];
const rule = raiseAlertWhenTransferNotNotifiedWithin(policy);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const move = aPrisonerTransferred(a, { transferredAt: '2026-05-02T09:00:00.000Z' });
const at = (hours: number) => addHours(move.data.transferredAt, hours);
const told = (hours: number, about: 'transfer' | 'medical' = 'transfer') => aFamilyNotified(a, { notifiedAt: at(hours), about });
const key = `${a.custodyId}:${move.data.transferredAt}`;
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when her family is not told of a transfer', () => {
  it('schedules the deadline 24 h after the transfer', () => {
    expect(rule.evaluate(fileOf(admission, move))).toEqual([{ kind: 'schedule-deadline', ruleId: 'transfer-not-notified', subjectKey: key, dueAt: at(24) }]);
  });

  it.each([
    ['told 3 h after', told(3)],
    ['told the day before the move', told(-24)],
  ])('%s: cancels, and clears an alert raised before the record arrived', (_name, notice) => {
    expect(kinds(rule.evaluate(fileOf(admission, move, notice)))).toEqual(['cancel-deadline', 'resolve-alert']);
  });

  it('told 2 days after: raises and resolves, 24 h late', () => {
    const outcomes = rule.evaluate(fileOf(admission, move, told(48)));
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 24 * 60 });
  });

  it.each<[string, ReturnType<typeof fileOf>, string[]]>([
    ['nobody told: raises', fileOf(admission, move), ['raise-alert']],
    ['told of a medical matter only: raises', fileOf(admission, move, told(2, 'medical')), ['raise-alert']],
    ['told: nothing', fileOf(admission, move, told(2)), ['nothing']],
  ])('when the deadline passes, %s', (_name, file, expected) => {
    expect(kinds(rule.onDeadline!(file, key, new Date(at(24))))).toEqual(expected);
  });

  it('holds the receiving prison responsible, and names the move', () => {
    const [raise] = rule.onDeadline!(fileOf(admission, move), key, new Date(at(30)));
    expect(raise).toMatchObject({ alert: { responsibleAgency: 'prison', responsibleUnitId: 'KANDAL-PRISON', triggeringEventIds: [eventIdOf(move)], summary: expect.stringContaining('from CC2 to KANDAL-PRISON') } });
  });

  describe('a police transfer to prison', () => {
    const arrest = anArrestMade({ person: { ...anArrestMade().data.person, personId: a.personId } });
    const toPrison = transferredToPrison(arrest.data, { transferredAt: '2026-03-03T08:00:00.000Z', detentionOrderReference: a.orderReference });
    const policeKey = `${arrest.data.arrestId}:to-prison:2026-03-03T08:00:00.000Z`;

    it('is the police unit’s to notify', () => {
      const [raise] = rule.onDeadline!(fileOf(arrest, toPrison), policeKey, new Date('2026-03-04T08:00:00.000Z'));
      expect(raise).toMatchObject({ alert: { responsibleAgency: 'police', responsibleUnitId: 'PP-ANTI-DRUG', arrestId: arrest.data.arrestId } });
    });

    it.each([
      ['the prison told the family on admission', aFamilyNotified(a, { notifiedAt: a.admittedAt })],
      ['she reached her family from the police station after the transfer', aFamilyContactGiven(arrest.data, [], { contactedAt: '2026-03-03T08:30:00.000Z' })],
    ])('is met when %s', (_name, notice) => {
      expect(kinds(rule.evaluate(fileOf(admission, arrest, toPrison, notice)))).toEqual(['cancel-deadline', 'resolve-alert']);
    });
  });

  it('takes its window from the policy', () => {
    const sixHours = raiseAlertWhenTransferNotNotifiedWithin({ ...policy, withinHours: 6 });
    expect(kinds(sixHours.evaluate(fileOf(admission, move, told(12))))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
  });
});
