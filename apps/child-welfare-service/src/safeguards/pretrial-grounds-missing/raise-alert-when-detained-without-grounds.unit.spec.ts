import { anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { aCaseOpened, aPretrialDetentionOrdered, aPretrialRelease, aVerdictDelivered } from '@safeguard/contracts/testing/court-fixtures';
import { aPersonAdmitted, aPersonReleased } from '@safeguard/contracts/testing/prison-fixtures';
import type { AgencyEvent } from '../../person-file/person-file';
import { cambodiaPolicy, californiaPolicy } from '../policy';
import { judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenDetainedWithoutGrounds } from './raise-alert-when-detained-without-grounds';

const policy = cambodiaPolicy.rules['pretrial-grounds-missing'];
const rule = raiseAlertWhenDetainedWithoutGrounds(policy, testWords);
const arrest = anArrestMade();
const personId = arrest.data.person.personId;
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
// Every order here is dated a day after the case opened, 4 Mar 2026, 03:00 UTC, unless said.
const lawful = aPretrialDetentionOrdered(opened.data);
const noGrounds = aPretrialDetentionOrdered(opened.data, { grounds: [] });
const noReasons = aPretrialDetentionOrdered(opened.data, { justification: '  ' });
const neither = aPretrialDetentionOrdered(opened.data, { grounds: [], justification: null });
const admitted = aPersonAdmitted({ personId, admittedAt: '2026-03-04T09:00:00.000Z' });
const key = `${opened.data.caseId}:${lawful.data.decidedAt}`;

describe('raise an alert when detention is ordered without grounds or reasons', () => {
  it.each<[string, AgencyEvent, string[]]>([
    ['grounds and a written justification', lawful, ['nothing']],
    ['no ground of CCP art. 205', noGrounds, ['raise-alert']],
    ['a blank justification', noReasons, ['raise-alert']],
    ['neither', neither, ['raise-alert']],
    ['a release, which needs no grounds', aPretrialRelease(opened.data), ['nothing']],
  ])('%s', (_name, order, expected) => {
    expect(kinds(judged(rule, policy, arrest, opened, order))).toEqual(expected);
  });

  it.each<[string, AgencyEvent[], number]>([
    ['a later order states grounds and reasons', [aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-05T03:00:00.000Z' })], 24 * 60],
    ['the court releases her', [aPretrialRelease(opened.data, { decidedAt: '2026-03-07T03:00:00.000Z' })], 3 * 24 * 60],
    ['the verdict is delivered', [aVerdictDelivered(opened.data, 'convicted', { deliveredAt: '2026-03-24T03:00:00.000Z' })], 20 * 24 * 60],
    [
      'the prison records her release, though the court recorded none',
      [admitted, aPersonReleased(admitted.data, { releasedAt: '2026-04-04T03:00:00.000Z' })],
      31 * 24 * 60,
    ],
  ])('raises and resolves, with how long it lasted, when %s', (_name, cure, minutes) => {
    expect(judged(rule, policy, arrest, opened, noGrounds, ...cure)).toEqual([
      expect.objectContaining({ kind: 'raise-alert' }),
      expect.objectContaining({ kind: 'resolve-alert', subjectKey: key, lateByMinutes: minutes, resolvingEventIds: [expect.any(String)] }),
    ]);
  });

  it('raises at once against the court holding the case, never the judge, saying what was missing in plain words', () => {
    const alert = raised(judged(rule, policy, arrest, opened, neither));
    expect(alert).toMatchObject({
      subjectKey: key,
      responsibleAgency: 'court',
      responsibleUnitId: 'PP-MUNICIPAL-COURT',
      dueAt: lawful.data.decidedAt,
      arrestId: arrest.data.arrestId,
      severity: 'high',
    });
    expect(alert.summary).toBe(
      'The woman was ordered detained before trial on 4 Mar 2026, 10:00 GMT+7 in case PPCFI-2026-01183 with no ground of detention and no written justification. The court must state its grounds and reasons in a new order or release her.',
    );
  });

  it('words a man’s detention as his', () => {
    const his = anArrestMade({ ...arrest.data, person: { ...arrest.data.person, sex: 'male' } });
    expect(raised(judged(rule, policy, his, opened, noGrounds)).summary).toContain(
      'The man was ordered detained before trial on 4 Mar 2026, 10:00 GMT+7 in case PPCFI-2026-01183 with no ground of detention. The court must state its grounds and reasons in a new order or release him.',
    );
  });

  it('decides the same whatever order the facts arrive in', () => {
    const release = aPersonReleased(admitted.data, { releasedAt: '2026-04-04T03:00:00.000Z' });
    expect(judged(rule, policy, release, noGrounds, admitted, opened, arrest)).toEqual(
      judged(rule, policy, arrest, opened, noGrounds, admitted, release),
    );
  });

  it('takes its severity and legal basis from the policy (California: Cal. Const. art. I §12)', () => {
    const california = { ...californiaPolicy.rules['pretrial-grounds-missing'], severity: 'medium' as const };
    expect(raised(judged(raiseAlertWhenDetainedWithoutGrounds(california, testWords), california, arrest, opened, noGrounds))).toMatchObject({
      severity: 'medium',
      legalBasis: expect.stringContaining('art. I §12'),
    });
  });
});
