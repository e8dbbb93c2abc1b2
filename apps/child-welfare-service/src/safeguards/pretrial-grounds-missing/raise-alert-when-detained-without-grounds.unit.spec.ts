import { anArrestMade } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aCaseOpened, aPretrialDetentionOrdered, aVerdictDelivered } from '../../../../../libs/contracts/src/testing/court-fixtures';
import { aPersonAdmitted, aPersonReleased } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { cambodiaCourtRules, californiaCourtRules } from '../court-policy';
import { raiseAlertWhenDetainedWithoutGrounds } from './raise-alert-when-detained-without-grounds';

const rule = raiseAlertWhenDetainedWithoutGrounds(cambodiaCourtRules['pretrial-grounds-missing']);
const arrest = anArrestMade();
const personId = arrest.data.person.personId;
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
const lawful = aPretrialDetentionOrdered(opened.data);
const noGrounds = aPretrialDetentionOrdered(opened.data, { grounds: [] });
const noReasons = aPretrialDetentionOrdered(opened.data, { justification: '  ' });
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when detention is ordered without grounds or reasons', () => {
  it.each<[string, Parameters<typeof fileOf>, string[]]>([
    ['grounds and a written justification: nothing', [arrest, opened, lawful], ['nothing']],
    ['no ground of CCP art. 205: raises', [arrest, opened, noGrounds], ['raise-alert']],
    ['a blank justification: raises', [arrest, opened, noReasons], ['raise-alert']],
  ])('%s', (_name, events, expected) => {
    expect(kinds(rule.evaluate(fileOf(...events)))).toEqual(expected);
  });

  it('raises at once against the judge, due when the order was made, saying what was missing', () => {
    const [raise] = rule.evaluate(fileOf(arrest, opened, aPretrialDetentionOrdered(opened.data, { grounds: [], justification: null })));
    expect(raise).toMatchObject({ kind: 'raise-alert', alert: { responsibleAgency: 'court', responsibleUnitId: lawful.data.judge, dueAt: lawful.data.decidedAt, subjectKey: `${opened.data.caseId}:${lawful.data.decidedAt}` } });
    expect(raise.kind === 'raise-alert' && raise.alert.summary).toContain('with no ground of detention and no written justification');
  });

  it('resolves when the detention ends, here by the verdict, saying how long it lasted', () => {
    const verdict = aVerdictDelivered(opened.data);
    const outcomes = rule.evaluate(fileOf(arrest, opened, noGrounds, verdict));
    expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert']);
    expect(outcomes[1]).toMatchObject({ resolvedAt: verdict.data.deliveredAt, resolvingEventIds: [expect.any(String)] });
  });

  it('resolves when she is released from prison', () => {
    const admitted = aPersonAdmitted({ personId, admittedAt: '2026-03-04T09:00:00.000Z' });
    const released = aPersonReleased(admitted.data, { releasedAt: '2026-04-04T09:00:00.000Z' });
    expect(kinds(rule.evaluate(fileOf(arrest, opened, noGrounds, admitted, released)))).toEqual(['raise-alert', 'resolve-alert']);
  });

  it('resolves when a later order states grounds and reasons', () => {
    const reasoned = aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-05T03:00:00.000Z' });
    const outcomes = rule.evaluate(fileOf(arrest, opened, noGrounds, reasoned));
    expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert', 'nothing']);
    expect(outcomes[1]).toMatchObject({ lateByMinutes: 24 * 60 });
  });

  it('takes its severity and legal basis from the policy', () => {
    const california = raiseAlertWhenDetainedWithoutGrounds({ ...californiaCourtRules['pretrial-grounds-missing'], severity: 'medium' });
    expect(california.evaluate(fileOf(arrest, opened, noGrounds))[0]).toMatchObject({ alert: { severity: 'medium', legalBasis: expect.stringContaining('art. I §12') } });
  });
});
