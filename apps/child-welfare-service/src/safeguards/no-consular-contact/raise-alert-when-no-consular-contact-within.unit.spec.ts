import { anArrestMade, releasedWithoutCharge, takenIntoPoliceCustody, transferredToPrison } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aConsularContactRecorded, aPersonAdmitted } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { addHours } from '../prison-facts';
import { raiseAlertWhenNoConsularContactWithin } from './raise-alert-when-no-consular-contact-within';

const rule = raiseAlertWhenNoConsularContactWithin(cambodiaPolicy.rules['no-consular-contact']);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z', nationality: 'VN' });
const a = admission.data;
const h = (hours: number) => addHours(a.admittedAt, hours);
const consular = (hours: number, kind: 'offered' | 'made' | 'declined' = 'offered') => aConsularContactRecorded(a, { recordedAt: h(hours), kind });
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when a foreign national is not offered consular contact', () => {
  it('schedules the deadline 72 h after a foreign national’s admission', () => {
    expect(rule.evaluate(fileOf(admission))).toEqual([{ kind: 'schedule-deadline', ruleId: 'no-consular-contact', subjectKey: a.custodyId, dueAt: h(72) }]);
  });

  it.each([['offered', consular(1)], ['declined (it was offered)', consular(5, 'declined')]])('%s in time: cancels, and clears an alert raised before the record arrived', (_name, contact) => {
    expect(kinds(rule.evaluate(fileOf(admission, contact)))).toEqual(['cancel-deadline', 'resolve-alert']);
  });

  it('contact made 4 days in: raises and resolves, 24 h late', () => {
    const outcomes = rule.evaluate(fileOf(admission, consular(96, 'made')));
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 24 * 60 });
  });

  it.each<[string, ReturnType<typeof fileOf>, string[]]>([
    ['nothing offered: raises', fileOf(admission), ['raise-alert']],
    ['offered: nothing', fileOf(admission, consular(2)), ['nothing']],
  ])('when the deadline passes, %s', (_name, file, expected) => {
    expect(kinds(rule.onDeadline!(file, a.custodyId, new Date(h(72))))).toEqual(expected);
  });

  it('does nothing for a Cambodian national', () => {
    const own = aPersonAdmitted();
    expect(kinds(rule.evaluate(fileOf(own)))).toEqual(['nothing']);
  });

  describe('when custody began with the police', () => {
    const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...anArrestMade().data.person, personId: a.personId, nationality: 'TH' } });
    const held = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T21:00:00.000Z' });
    const toPrison = transferredToPrison(arrest.data, { transferredAt: '2026-03-03T08:00:00.000Z', detentionOrderReference: a.orderReference });

    it('counts from police custody, across the transfer, and holds the prison holding her at the deadline responsible', () => {
      const outcomes = rule.evaluate(fileOf(arrest, held, toPrison, admission));
      expect(outcomes).toEqual([{ kind: 'schedule-deadline', ruleId: 'no-consular-contact', subjectKey: arrest.data.arrestId, dueAt: '2026-03-04T21:00:00.000Z' }]);
      const [raise] = rule.onDeadline!(fileOf(arrest, held, toPrison, admission), arrest.data.arrestId, new Date('2026-03-04T21:00:00.000Z'));
      expect(raise).toMatchObject({ alert: { responsibleAgency: 'prison', responsibleUnitId: 'CC2', arrestId: arrest.data.arrestId } });
    });

    it('holds the police responsible while she is still with them', () => {
      const [raise] = rule.onDeadline!(fileOf(arrest, held), arrest.data.arrestId, new Date('2026-03-04T21:00:00.000Z'));
      expect(raise).toMatchObject({ alert: { responsibleAgency: 'police', responsibleUnitId: 'PP-ANTI-DRUG', province: 'Phnom Penh' } });
    });

    it('is moot when the police released her before it was due', () => {
      expect(kinds(rule.evaluate(fileOf(arrest, held, releasedWithoutCharge(arrest.data, { releasedAt: '2026-03-02T09:00:00.000Z' }))))).toEqual(['cancel-deadline', 'resolve-alert']);
    });
  });

  it('takes the nationality and the window from the policy: two hours, and US, in California', () => {
    const california = raiseAlertWhenNoConsularContactWithin(californiaPolicy.rules['no-consular-contact']);
    expect(kinds(california.evaluate(fileOf(admission, consular(1))))).toEqual(['cancel-deadline', 'resolve-alert']);
    expect(kinds(california.evaluate(fileOf(admission, consular(3))))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
  });
});
