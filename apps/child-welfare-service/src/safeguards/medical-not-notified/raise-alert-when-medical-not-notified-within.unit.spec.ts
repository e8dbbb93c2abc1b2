import { aChildAdmittedWithParent, aFamilyNotified, aMedicalEventRecorded, aPersonAdmitted } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { cambodiaPolicy } from '../policy';
import { addHours } from '../prison-facts';
import { raiseAlertWhenMedicalNotNotifiedWithin } from './raise-alert-when-medical-not-notified-within';

const policy = cambodiaPolicy.rules['medical-not-notified'];
const rule = raiseAlertWhenMedicalNotNotifiedWithin(policy);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const hospitalised = aMedicalEventRecorded(a, { occurredAt: '2026-04-17T02:00:00.000Z' });
const at = (hours: number) => addHours(hospitalised.data.occurredAt, hours);
const told = (hours: number, about: 'medical' | 'transfer' = 'medical') => aFamilyNotified(a, { notifiedAt: at(hours), about });
const key = `${a.custodyId}:2026-04-17T02:00:00.000Z:parent`;
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when the family is not told of a serious medical event', () => {
  it('schedules the deadline 24 h after a serious event', () => {
    expect(rule.evaluate(fileOf(admission, hospitalised))).toEqual([{ kind: 'schedule-deadline', ruleId: 'medical-not-notified', subjectKey: key, dueAt: at(24) }]);
  });

  it('told 4 h after: cancels, and clears an alert raised before the record arrived', () => {
    expect(kinds(rule.evaluate(fileOf(admission, hospitalised, told(4))))).toEqual(['cancel-deadline', 'resolve-alert']);
  });

  it('told 3 days after: raises and resolves, 48 h late', () => {
    const outcomes = rule.evaluate(fileOf(admission, hospitalised, told(72)));
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 48 * 60 });
  });

  it.each<[string, ReturnType<typeof fileOf>, string[]]>([
    ['nobody told: raises', fileOf(admission, hospitalised), ['raise-alert']],
    ['told of a transfer only: raises', fileOf(admission, hospitalised, told(1, 'transfer')), ['raise-alert']],
    ['told before the event, of something else: raises', fileOf(admission, hospitalised, told(-5)), ['raise-alert']],
    ['told: nothing', fileOf(admission, hospitalised, told(1)), ['nothing']],
  ])('when the deadline passes, %s', (_name, file, expected) => {
    expect(kinds(rule.onDeadline!(file, key, new Date(at(24))))).toEqual(expected);
  });

  it('watches a child living in prison too, naming the child', () => {
    const baby = aChildAdmittedWithParent(a);
    const ill = aMedicalEventRecorded(a, { occurredAt: at(0), childId: baby.data.childId, kind: 'serious-illness' });
    const [raise] = rule.onDeadline!(fileOf(admission, baby, ill), `${a.custodyId}:${at(0)}:${baby.data.childId}`, new Date(at(25)));
    expect(raise).toMatchObject({ kind: 'raise-alert', alert: { childIds: [baby.data.childId], responsibleUnitId: 'CC2', severity: 'high' } });
  });

  it('leaves events not marked serious to the prison', () => {
    expect(rule.evaluate(fileOf(admission, aMedicalEventRecorded(a, { serious: false, kind: 'other' })))).toEqual([
      { kind: 'nothing', ruleId: 'medical-not-notified', reason: 'no serious medical event is recorded' },
    ]);
  });

  it('takes its window from the policy', () => {
    const twoHours = raiseAlertWhenMedicalNotNotifiedWithin({ ...policy, withinHours: 2 });
    expect(kinds(twoHours.evaluate(fileOf(admission, hospitalised, told(4))))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
  });
});
