import { aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aChildAdmittedWithParent,
  aDisciplinarySanctionImposed,
  aPersonAdmitted,
  aPersonReleased,
  aPhoneCallMade,
  aVisitTookPlace,
} from '@safeguard/contracts/testing/prison-fixtures';
import { eventIdOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenContactBannedAsSanction } from './raise-alert-when-contact-banned-as-sanction';

const policy = cambodiaPolicy.rules['contact-banned-as-sanction'];
const rule = raiseAlertWhenContactBannedAsSanction(policy, testWords);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const banned = aDisciplinarySanctionImposed(a, {
  imposedAt: '2026-06-01T08:00:00.000Z',
  restrictsFamilyContact: true,
  sanction: 'No visits or calls for fighting',
  days: 14,
});
const day = (n: number) => new Date(Date.parse(banned.data.imposedAt) + n * 24 * 3_600_000).toISOString();

describe('raise an alert when a sanction takes away her family contact', () => {
  it('raises at once, dated at the sanction, against the prison holding her, in plain words', () => {
    const outcomes = judged(rule, policy, admission, banned);
    expect(kinds(outcomes)).toEqual(['raise-alert']);
    const alert = raised(outcomes);
    expect(alert).toMatchObject({
      subjectKey: `${a.custodyId}:2026-06-01T08:00:00.000Z`,
      dueAt: '2026-06-01T08:00:00.000Z',
      severity: 'high',
      responsibleAgency: 'prison',
      responsibleUnitId: 'CC2',
      childIds: [],
      triggeringEventIds: [eventIdOf(banned)],
    });
    expect(alert.summary).toBe(
      'A disciplinary sanction of 14 days imposed on the parent at prison CC2 on 1 Jun 2026, 15:00 GMT+7 restricts their contact with their family, until 15 Jun 2026, 15:00 GMT+7. ' +
        'A sanction may not stop family contact: restore their visits and calls.',
    );
  });

  it('raises nothing for a sanction that leaves visits and calls alone, saying why', () => {
    expect(judged(rule, policy, admission, aDisciplinarySanctionImposed(a))).toEqual([
      { kind: 'nothing', ruleId: 'contact-banned-as-sanction', reason: 'no disciplinary sanction restricting family contact is recorded' },
    ]);
  });

  it.each<[string, unknown[], number | null]>([
    ['is ended by a visit once the 14 days had run', [aVisitTookPlace(a, { visitedAt: day(15) })], 15 * 24 * 60],
    ['is ended by a call the moment its 14 days ran out', [aPhoneCallMade(a, [], { calledAt: day(14) })], 14 * 24 * 60],
    ['is ended by her release on day 5', [aPersonReleased(a, { releasedAt: day(5) })], 5 * 24 * 60],
    ['stays open after a call during the sanction (it says nothing of the sanction’s end)', [aPhoneCallMade(a, [], { calledAt: day(3) })], null],
  ])('%s', (_name, facts, lasted) => {
    const outcomes = judged(rule, policy, admission, banned, ...(facts as []));
    expect(kinds(outcomes)).toEqual(lasted === null ? ['raise-alert'] : ['raise-alert', 'resolve-alert']);
    if (lasted !== null) expect(outcomes[1]).toMatchObject({ lateByMinutes: lasted });
  });

  it('names the children any agency knows of outside prison, and the mother as the police recorded her', () => {
    const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...anArrestMade().data.person, personId: a.personId } });
    const screening = aDependantsScreening(arrest.data);
    const baby = aChildAdmittedWithParent(a, { childId: 'prison-baby' });
    const alert = raised(judged(rule, policy, arrest, screening, admission, baby, banned));
    expect(alert.childIds).toEqual(screening.data.children.map((c) => c.childId));
    expect(alert).toMatchObject({ arrestId: arrest.data.arrestId, province: 'Phnom Penh' });
    expect(alert.summary).toContain(
      `imposed on the mother at prison CC2 on 1 Jun 2026, 15:00 GMT+7 restricts her contact with her family and ${screening.data.children.length === 1 ? '1 child' : `${screening.data.children.length} children`} outside prison`,
    );
  });

  it('decides the same whatever order the facts arrive in', () => {
    const visit = aVisitTookPlace(a, { visitedAt: day(20) });
    expect(judged(rule, policy, visit, banned, admission)).toEqual(judged(rule, policy, admission, banned, visit));
  });

  it('takes its severity and legal basis from the policy (California: Bangkok Rule 23 as a benchmark)', () => {
    const california = { ...californiaPolicy.rules['contact-banned-as-sanction'], severity: 'medium' as const };
    expect(raised(judged(raiseAlertWhenContactBannedAsSanction(california, testWords), california, admission, banned))).toMatchObject({
      severity: 'medium',
      legalBasis: expect.stringContaining('benchmark'),
    });
  });
});
