import { aDependantsScreening, anArrestMade, transferredToPrison } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aChildAdmittedWithParent, aChildrenRecordedAtAdmission, aPersonAdmitted, aPersonReleased } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { eventIdOf, fileOf } from '../../person-file/person-file.testing';
import { cambodiaPolicy } from '../policy';
import { addHours } from '../prison-facts';
import { raiseAlertWhenChildrenNotRecordedAtAdmission } from './raise-alert-when-children-not-recorded-at-admission';

const policy = cambodiaPolicy.rules['children-not-recorded-at-admission'];
const rule = raiseAlertWhenChildrenNotRecordedAtAdmission(policy);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const recordedAfter = (hours: number, overrides = {}) => aChildrenRecordedAtAdmission(a, { recordedAt: addHours(a.admittedAt, hours), ...overrides });
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

const arrest = anArrestMade({ person: { ...anArrestMade().data.person, personId: a.personId } });
const toPrison = transferredToPrison(arrest.data, { detentionOrderReference: a.orderReference });
const policeCounted = (n: number) => aDependantsScreening(arrest.data, { numberOfChildren: n });

describe('raise an alert when her children are not recorded at admission', () => {
  describe('the 24-hour deadline', () => {
    it('schedules it 24 h after admission while nothing is recorded', () => {
      expect(rule.evaluate(fileOf(admission))).toEqual([{ kind: 'schedule-deadline', ruleId: 'children-not-recorded-at-admission', subjectKey: a.custodyId, dueAt: '2026-03-04T09:00:00.000Z' }]);
    });

    it.each([
      ['children recorded after 1 h', recordedAfter(1)],
      ['she declined to say, after 2 h', recordedAfter(2, { answer: 'declined-to-say', numberOfChildren: null, children: [] })],
    ])('%s: cancels it, and clears an alert raised before the record arrived', (_name, record) => {
      const outcomes = rule.evaluate(fileOf(admission, record));
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'resolve-alert']);
      expect(outcomes[1]).toMatchObject({ lateByMinutes: 0 });
    });

    it('raises and resolves when recorded 6 h late', () => {
      const outcomes = rule.evaluate(fileOf(admission, recordedAfter(30)));
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
      expect(outcomes[2]).toMatchObject({ lateByMinutes: 360, resolvedAt: '2026-03-04T15:00:00.000Z' });
    });

    it.each<[string, ReturnType<typeof fileOf>, string, string[]]>([
      ['nothing recorded: raises', fileOf(admission), '2026-03-04T09:00:00.000Z', ['raise-alert']],
      ['recorded: nothing', fileOf(admission, recordedAfter(3)), '2026-03-04T09:00:00.000Z', ['nothing']],
      ['checked an hour early: nothing', fileOf(admission), '2026-03-04T08:00:00.000Z', ['nothing']],
      ['released after 10 h: nothing', fileOf(admission, aPersonReleased(a, { releasedAt: addHours(a.admittedAt, 10) })), '2026-03-04T09:00:00.000Z', ['nothing']],
    ])('when the deadline passes, %s', (_name, file, now, expected) => {
      expect(kinds(rule.onDeadline!(file, a.custodyId, new Date(now)))).toEqual(expected);
    });

    it('names the admitting prison, the legal basis and the admission, and no names', () => {
      const [raise] = rule.onDeadline!(fileOf(admission, arrest, toPrison), a.custodyId, new Date('2026-03-05T00:00:00.000Z'));
      expect(raise).toMatchObject({
        kind: 'raise-alert',
        alert: { responsibleAgency: 'prison', responsibleUnitId: 'CC2', arrestId: arrest.data.arrestId, province: 'Phnom Penh', legalBasis: expect.stringContaining('Bangkok Rule 3'), triggeringEventIds: [eventIdOf(admission)] },
      });
      expect(JSON.stringify(raise)).not.toContain(arrest.data.person.name);
    });

    it('takes its window from the policy', () => {
      const twoHours = raiseAlertWhenChildrenNotRecordedAtAdmission({ ...policy, withinHours: 2 });
      expect(kinds(twoHours.evaluate(fileOf(admission, recordedAfter(3))))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    });
  });

  describe('fewer children recorded than the police recorded', () => {
    const countOutcomes = (...extra: Parameters<typeof fileOf>) => rule.evaluate(fileOf(admission, arrest, toPrison, ...extra)).filter((o) => o.kind === 'raise-alert' || (o.kind === 'resolve-alert' && o.subjectKey.endsWith(':count')));

    it('raises at once when the prison records two and the police three', () => {
      const record = recordedAfter(1);
      const [raise] = countOutcomes(policeCounted(3), record);
      expect(raise).toMatchObject({ kind: 'raise-alert', alert: { subjectKey: `${a.custodyId}:count`, dueAt: record.data.recordedAt, summary: expect.stringContaining('fewer than the 3') } });
    });

    it.each([
      ['the counts agree', [policeCounted(2), recordedAfter(1)]],
      ['she declined to say', [policeCounted(3), recordedAfter(1, { answer: 'declined-to-say', numberOfChildren: null, children: [] })]],
      ['the third child lives in prison with her', [policeCounted(3), recordedAfter(1), aChildAdmittedWithParent(a)]],
    ])('raises nothing when %s', (_name, facts) => {
      expect(countOutcomes(...facts)).toEqual([]);
    });

    it('resolves when a later record gives the full count', () => {
      const outcomes = countOutcomes(policeCounted(3), recordedAfter(1), recordedAfter(49, { numberOfChildren: 3 }));
      expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert']);
      expect(outcomes[1]).toMatchObject({ lateByMinutes: 48 * 60 });
    });
  });

  it('does nothing, saying why, before she is admitted', () => {
    expect(rule.evaluate(fileOf(arrest))).toEqual([{ kind: 'nothing', ruleId: 'children-not-recorded-at-admission', reason: 'she has not been admitted to prison' }]);
  });
});
