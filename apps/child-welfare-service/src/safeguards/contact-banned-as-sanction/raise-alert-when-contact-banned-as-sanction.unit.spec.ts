import { aDisciplinarySanctionImposed, aPersonAdmitted } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { eventIdOf, fileOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { raiseAlertWhenContactBannedAsSanction } from './raise-alert-when-contact-banned-as-sanction';

const rule = raiseAlertWhenContactBannedAsSanction(cambodiaPolicy.rules['contact-banned-as-sanction']);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const banned = aDisciplinarySanctionImposed(a, { imposedAt: '2026-06-01T08:00:00.000Z', restrictsFamilyContact: true, sanction: 'No visits or calls for fighting', days: 14 });

describe('raise an alert when a sanction takes away her family contact', () => {
  it('raises at once, dated at the sanction, at the facility holding her', () => {
    expect(rule.evaluate(fileOf(admission, banned))).toEqual([
      {
        kind: 'raise-alert',
        alert: expect.objectContaining({
          ruleId: 'contact-banned-as-sanction',
          subjectKey: `${a.custodyId}:2026-06-01T08:00:00.000Z`,
          dueAt: '2026-06-01T08:00:00.000Z',
          severity: 'high',
          responsibleAgency: 'prison',
          responsibleUnitId: 'CC2',
          legalBasis: expect.stringContaining('Bangkok Rule 23'),
          summary: expect.stringContaining('14-day'),
          triggeringEventIds: [eventIdOf(banned)],
        }),
      },
    ]);
  });

  it('raises nothing for a sanction that leaves visits and calls alone', () => {
    expect(rule.evaluate(fileOf(admission, aDisciplinarySanctionImposed(a))).map((o) => o.kind)).toEqual(['nothing']);
  });

  it('takes its severity and text from the policy', () => {
    const lenient = raiseAlertWhenContactBannedAsSanction({ ...californiaPolicy.rules['contact-banned-as-sanction'], severity: 'medium' });
    expect(lenient.evaluate(fileOf(admission, banned))[0]).toMatchObject({ alert: { severity: 'medium', legalBasis: expect.stringContaining('benchmark') } });
  });

  it('does nothing, saying why, when no sanction is recorded', () => {
    expect(rule.evaluate(fileOf(admission))).toEqual([{ kind: 'nothing', ruleId: 'contact-banned-as-sanction', reason: 'no disciplinary sanction is recorded' }]);
  });
});
