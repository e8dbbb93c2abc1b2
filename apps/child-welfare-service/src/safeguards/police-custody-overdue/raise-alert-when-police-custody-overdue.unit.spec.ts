import { anArrestMade, broughtBeforeJudicialAuthority, policeCustodyExtended, releasedOnPoliceBail, takenIntoPoliceCustody, transferredToPrison } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aCaseOpened, aPretrialDetentionOrdered } from '../../../../../libs/contracts/src/testing/court-fixtures';
import { aPersonAdmitted } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { addHours } from '../prison-facts';
import { raiseAlertWhenPoliceCustodyOverdue } from './raise-alert-when-police-custody-overdue';

const rule = raiseAlertWhenPoliceCustodyOverdue(cambodiaPolicy.rules['police-custody-overdue']);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T21:00:00.000Z' });
const id = arrest.data.arrestId;
const h = (hours: number) => addHours(custody.data.custodyAt, hours);
const brought = (hours: number) => broughtBeforeJudicialAuthority(arrest.data, { broughtAt: h(hours) });
const extended = (authorisedAfter: number, untilHours: number) => policeCustodyExtended(arrest.data, { authorisedAt: h(authorisedAfter), until: h(untilHours) });
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when police custody runs past its limit', () => {
  it('schedules the deadline 48 h after custody', () => {
    expect(rule.evaluate(fileOf(arrest, custody))).toEqual([{ kind: 'schedule-deadline', ruleId: 'police-custody-overdue', subjectKey: id, dueAt: h(48) }]);
  });

  it.each([
    ['brought before the prosecutor at 40 h', brought(40)],
    ['released on police bail at 20 h', releasedOnPoliceBail(arrest.data, { releasedAt: h(20) })],
    ['transferred to prison at 47 h', transferredToPrison(arrest.data, { transferredAt: h(47) })],
    ['admitted to prison at 30 h with no police transfer recorded', aPersonAdmitted({ personId: arrest.data.person.personId, admittedAt: h(30) })],
  ])('%s: cancels, and clears an alert raised before the record arrived', (_name, end) => {
    expect(kinds(rule.evaluate(fileOf(arrest, custody, end)))).toEqual(['cancel-deadline', 'resolve-alert']);
  });

  it('a judge decided on pre-trial detention at 36 h on the case opened from this arrest: the police custody ended there', () => {
    const opened = aCaseOpened({ personId: arrest.data.person.personId, arrestIds: [id], openedAt: h(30) });
    const decided = aPretrialDetentionOrdered(opened.data, { decidedAt: h(36) });
    expect(kinds(rule.evaluate(fileOf(arrest, custody, opened, decided)))).toEqual(['cancel-deadline', 'resolve-alert']);
  });

  it('brought before the prosecutor at 52 h with no extension: raises and resolves, 4 h late', () => {
    const outcomes = rule.evaluate(fileOf(arrest, custody, brought(52)));
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 240 });
  });

  it('names the arresting unit, the police and the province', () => {
    const [raise] = rule.onDeadline!(fileOf(arrest, custody), id, new Date(h(48)));
    expect(raise).toMatchObject({ alert: { responsibleAgency: 'police', responsibleUnitId: 'PP-ANTI-DRUG', province: 'Phnom Penh', severity: 'critical', legalBasis: expect.stringContaining('art. 96') } });
  });

  describe('with an extension authorised at 47 h until 72 h', () => {
    const file = (...more: Parameters<typeof fileOf>) => fileOf(arrest, custody, extended(47, 72), ...more);
    const extendedKey = `${id}:extended-until:${h(72)}`;

    it('cancels the 48-h deadline (clearing an alert raised before the extension arrived) and schedules the extended one', () => {
      const outcomes = rule.evaluate(file());
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'resolve-alert', 'schedule-deadline']);
      expect(outcomes[2]).toEqual({ kind: 'schedule-deadline', ruleId: 'police-custody-overdue', subjectKey: extendedKey, dueAt: h(72) });
    });

    it.each<[string, ReturnType<typeof fileOf>, string[]]>([
      ['still held at 72 h: raises', file(), ['raise-alert']],
      ['brought at 60 h: nothing', file(brought(60)), ['nothing']],
    ])('when the extended deadline passes, %s', (_name, f, expected) => {
      expect(kinds(rule.onDeadline!(f, extendedKey, new Date(h(72))))).toEqual(expected);
    });

    it('caps an extension asking for more than the policy allows', () => {
      expect(rule.evaluate(fileOf(arrest, custody, extended(47, 120)))[2]).toMatchObject({ dueAt: h(72) });
    });
  });

  it('ignores an extension authorised after the 48 h had run out', () => {
    expect(kinds(rule.onDeadline!(fileOf(arrest, custody, extended(50, 72)), id, new Date(h(48))))).toEqual(['raise-alert']);
  });

  it('takes its limits from the policy: California allows no police extension', () => {
    const california = raiseAlertWhenPoliceCustodyOverdue(californiaPolicy.rules['police-custody-overdue']);
    expect(california.evaluate(fileOf(arrest, custody, extended(47, 72)))).toEqual([{ kind: 'schedule-deadline', ruleId: 'police-custody-overdue', subjectKey: id, dueAt: h(48) }]);
  });
});
