import {
  anArrestMade,
  broughtBeforeJudicialAuthority,
  policeCustodyExtended,
  releasedOnJudicialOrder,
  releasedOnPoliceBail,
  takenIntoPoliceCustody,
  transferredToPrison,
} from '@safeguard/contracts/testing/arrest-fixtures';
import { aCaseOpened, aPretrialDetentionOrdered } from '@safeguard/contracts/testing/court-fixtures';
import { aPersonAdmitted } from '@safeguard/contracts/testing/prison-fixtures';
import { eventIdOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenPoliceCustodyOverdue } from './raise-alert-when-police-custody-overdue';

const policy = cambodiaPolicy.rules['police-custody-overdue'];
const rule = raiseAlertWhenPoliceCustodyOverdue(policy, testWords, cambodiaPolicy.timeZone);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T21:00:00.000Z', facility: 'Phnom Penh Municipal Police Commissariat' });
const id = arrest.data.arrestId;
const h = (hours: number) => new Date(Date.parse(custody.data.custodyAt) + hours * 3_600_000).toISOString();
const brought = (hours: number) => broughtBeforeJudicialAuthority(arrest.data, { broughtAt: h(hours) });
const extended = (authorisedAfter: number, untilHours: number, of = arrest) =>
  policeCustodyExtended(of.data, { authorisedAt: h(authorisedAfter), until: h(untilHours) });

describe('raise an alert when police custody runs past its legal hours', () => {
  it('is due 48 h after her arrival at the police, caused by it', () => {
    expect(judged(rule, policy, arrest, custody)).toEqual([
      { kind: 'schedule-deadline', ruleId: 'police-custody-overdue', subjectKey: id, dueAt: h(48), causedBy: eventIdOf(custody) },
    ]);
  });

  it.each([
    ['brought before the prosecutor at 40 h', brought(40)],
    ['released on police bail at 20 h', releasedOnPoliceBail(arrest.data, { releasedAt: h(20) })],
    ['released on a judge’s order at 30 h', releasedOnJudicialOrder(arrest.data, { releasedAt: h(30) })],
    ['taken to prison at 47 h', transferredToPrison(arrest.data, { transferredAt: h(47) })],
    [
      'admitted to prison at 30 h with no police transfer recorded',
      aPersonAdmitted({ personId: arrest.data.person.personId, admittedAt: h(30), courtCaseReference: null }),
    ],
  ])('is quiet when %s, and clears an alert raised before the record arrived', (_name, end) => {
    expect(kinds(judged(rule, policy, arrest, custody, end))).toEqual(['cancel-deadline', 'withdraw-alert']);
  });

  it('is ended by the judge’s pre-trial decision on the case opened from this arrest, though the police recorded no hand-over', () => {
    const opened = aCaseOpened({ personId: arrest.data.person.personId, arrestIds: [id], openedAt: h(30) });
    expect(kinds(judged(rule, policy, arrest, custody, opened, aPretrialDetentionOrdered(opened.data, { decidedAt: h(36) })))).toEqual([
      'cancel-deadline',
      'withdraw-alert',
    ]);
  });

  it('raises and resolves, 4 h late, when brought before the prosecutor at 52 h with no extension', () => {
    const outcomes = judged(rule, policy, arrest, custody, brought(52));
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({
      lateByMinutes: 240,
      reason: expect.stringContaining('brought before the prosecutor 4 h after the deadline'),
    });
  });

  it('raises against the arresting unit, critical, in plain words', () => {
    const alert = raised(atDeadline(rule, policy, id, h(48), arrest, custody));
    expect(alert).toMatchObject({
      responsibleAgency: 'police',
      responsibleUnitId: 'PP-ANTI-DRUG',
      province: 'Phnom Penh',
      severity: 'critical',
      legalBasis: expect.stringContaining('art. 96'),
    });
    expect(alert.summary).toBe(
      'The woman has been held in police custody at Phnom Penh Municipal Police Commissariat since 2 Mar 2026, 04:00 GMT+7 with no record of being brought before a prosecutor or judge, ' +
        'released or taken to prison by 4 Mar 2026, 04:00 GMT+7 (48 hours). Bring her before a judge or release her now.',
    );
  });

  describe('with an extension authorised at 47 h until 72 h, for a felony', () => {
    const withExtension = [arrest, custody, extended(47, 72)] as const;
    const extendedKey = `${id}:extended-until:${h(72)}`;

    it('ends the 48-h watch (clearing an alert raised before the extension arrived) and opens one at its end', () => {
      const outcomes = judged(rule, policy, ...withExtension);
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'withdraw-alert', 'schedule-deadline']);
      expect(outcomes[2]).toMatchObject({ subjectKey: extendedKey, dueAt: h(72) });
    });

    it.each<[string, unknown[], string[]]>([
      ['still held at 72 h: raises', [], ['raise-alert']],
      ['brought at 60 h: nothing', [brought(60)], ['nothing']],
    ])('when the extension runs out, %s', (_name, facts, expected) => {
      expect(kinds(atDeadline(rule, policy, extendedKey, h(72), ...withExtension, ...(facts as [])))).toEqual(expected);
    });

    it('caps an extension asking for more than the policy allows', () => {
      expect(judged(rule, policy, arrest, custody, extended(47, 120))[2]).toMatchObject({ dueAt: h(72) });
    });
  });

  it('ignores an extension authorised after the 48 h had run out', () => {
    expect(kinds(atDeadline(rule, policy, id, h(48), arrest, custody, extended(50, 72)))).toEqual(['raise-alert']);
  });

  it('does not count an extension in a misdemeanour case (CCP art. 96: felonies only), and says so', () => {
    const theft = anArrestMade({
      arrestedAt: '2026-03-01T20:00:00.000Z',
      suspectedOffence: { ...arrest.data.suspectedOffence, name: 'Petty theft', offenceClass: 'misdemeanour' },
    });
    const held = takenIntoPoliceCustody(theft.data, { custodyAt: '2026-03-01T21:00:00.000Z' });
    expect(judged(rule, policy, theft, held, extended(47, 72, theft))).toEqual([
      expect.objectContaining({ kind: 'schedule-deadline', subjectKey: theft.data.arrestId, dueAt: h(48) }),
    ]);
    expect(raised(atDeadline(rule, policy, theft.data.arrestId, h(48), theft, held, extended(47, 72, theft))).summary).toContain(
      'An extension is on file, but the law allows one only in a felony case, and this arrest is not for a felony.',
    );
  });

  it('decides the same whatever order the facts arrive in', () => {
    expect(judged(rule, policy, brought(80), extended(47, 72), custody, arrest)).toEqual(
      judged(rule, policy, arrest, custody, extended(47, 72), brought(80)),
    );
  });

  describe('in California', () => {
    const california = californiaPolicy.rules['police-custody-overdue'];
    const ca = raiseAlertWhenPoliceCustodyOverdue(california, testWords, californiaPolicy.timeZone);
    const held = (custodyAt: string) => takenIntoPoliceCustody(arrest.data, { custodyAt });

    it('allows no police extension', () => {
      expect(kinds(judged(ca, california, arrest, custody, extended(47, 72)))).toEqual(['schedule-deadline']);
    });

    it.each([
      // Wednesday 10:00 in Los Angeles: two counted days, no Sunday between.
      ['from a Wednesday', '2026-03-04T18:00:00.000Z', '2026-03-06T18:00:00.000Z'],
      // Saturday 10:00: Sunday does not count, so Tuesday 10:00.
      ['across a Sunday', '2026-03-07T18:00:00.000Z', '2026-03-10T17:00:00.000Z'],
      // Saturday 23 May 2026 10:00: Sunday and Memorial Day (Monday) do not count, so Wednesday 10:00.
      ['across a Sunday and Memorial Day', '2026-05-23T17:00:00.000Z', '2026-05-27T17:00:00.000Z'],
    ])('counts 48 h %s without Sundays and holidays', (_name, custodyAt, dueAt) => {
      expect(judged(ca, california, arrest, held(custodyAt))).toEqual([expect.objectContaining({ kind: 'schedule-deadline', dueAt })]);
    });

    it('says the hours leave out Sundays and holidays', () => {
      expect(raised(atDeadline(ca, california, id, '2026-03-11T00:00:00.000Z', arrest, held('2026-03-07T18:00:00.000Z'))).summary).toContain(
        '(48 hours, Sundays and holidays not counted)',
      );
    });
  });
});
