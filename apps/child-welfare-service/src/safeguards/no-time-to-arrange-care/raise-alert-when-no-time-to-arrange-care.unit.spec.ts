import { aCareArrangementMade, aDependantsScreening, anArrestMade } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aCaseOpened, aSentenceImposed } from '../../../../../libs/contracts/src/testing/court-fixtures';
import { aChildrenRecordedAtAdmission, aPersonAdmitted } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { cambodiaCourtRules, californiaCourtRules } from '../court-policy';
import { raiseAlertWhenNoTimeToArrangeCare } from './raise-alert-when-no-time-to-arrange-care';

const rule = raiseAlertWhenNoTimeToArrangeCare(cambodiaCourtRules['no-time-to-arrange-care']);
const arrest = anArrestMade();
const personId = arrest.data.person.personId;
const safe = aDependantsScreening(arrest.data);
const child = safe.data.children[0];
const alone = aDependantsScreening(arrest.data, { children: [{ ...child, whereabouts: 'alone', caregiver: null }] });
const declined = aDependantsScreening(arrest.data, { consentToRecordChildDetails: false, numberOfChildren: 2, children: [] });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
const atOnce = aSentenceImposed(opened.data);
const arrangedAt = (iso: string) => aCareArrangementMade(arrest.data, child.childId, { arrangedAt: iso, madeBeforeCustody: false });
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when a mother is sent to prison at once with her children’s care unconfirmed', () => {
  it.each<[string, Parameters<typeof fileOf>, string[]]>([
    ['a child recorded alone, nothing arranged: raises', [arrest, alone, opened, atOnce], ['raise-alert']],
    ['a child recorded with her grandmother: nothing', [arrest, safe, opened, atOnce], ['nothing']],
    ['a child alone, but care arranged before the sentence: nothing', [arrest, alone, arrangedAt('2026-05-01T00:00:00.000Z'), opened, atOnce], ['nothing']],
    ['a child alone, the start deferred: nothing', [arrest, alone, opened, aSentenceImposed(opened.data, { startDeferredUntil: '2026-12-15T00:00:00.000Z' })], ['nothing']],
    ['a child alone, the prison term wholly suspended: nothing', [arrest, alone, opened, aSentenceImposed(opened.data, { suspendedMonths: 24 })], ['nothing']],
  ])('%s', (_name, events, expected) => {
    expect(kinds(rule.evaluate(fileOf(...events)))).toEqual(expected);
  });

  it('raises at once against the court, naming the unconfirmed child by id only', () => {
    const [raise] = rule.evaluate(fileOf(arrest, alone, opened, atOnce));
    expect(raise).toMatchObject({ alert: { childIds: [child.childId], dueAt: atOnce.data.imposedAt, responsibleAgency: 'court', severity: 'high', subjectKey: `${opened.data.caseId}:${atOnce.data.imposedAt}` } });
    expect(JSON.stringify(raise)).not.toContain(child.name);
  });

  it('treats children she declined to describe as unconfirmed, unnamed', () => {
    const [raise] = rule.evaluate(fileOf(arrest, declined, opened, atOnce));
    expect(raise).toMatchObject({ kind: 'raise-alert', alert: { childIds: [] } });
    expect(raise.kind === 'raise-alert' && raise.alert.summary).toContain('not recorded by name');
  });

  it('reads the child’s latest record by the sentence: the prison found him with a relative', () => {
    const admitted = aPersonAdmitted({ personId, admittedAt: '2026-03-05T09:00:00.000Z' });
    const recorded = aChildrenRecordedAtAdmission(admitted.data, { children: [{ childId: child.childId, name: 'Dara', sex: 'male', detailsWithheld: null, dateOfBirth: null, birthYear: null, ageYears: 6, livesWhere: 'With his aunt', custodyStatus: 'with-relative' }] });
    expect(kinds(rule.evaluate(fileOf(arrest, alone, admitted, recorded, opened, atOnce)))).toEqual(['nothing']);
  });

  it('resolves when care is arranged after the sentence, saying how long after', () => {
    expect(atOnce.data.imposedAt).toBe('2026-11-12T03:00:00.000Z');
    const outcomes = rule.evaluate(fileOf(arrest, alone, opened, atOnce, arrangedAt('2026-11-13T03:00:00.000Z')));
    expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert']);
    expect(outcomes[1]).toMatchObject({ resolvedAt: '2026-11-13T03:00:00.000Z', lateByMinutes: 24 * 60 });
  });

  it('takes its severity and legal basis from the policy', () => {
    const california = raiseAlertWhenNoTimeToArrangeCare({ ...californiaCourtRules['no-time-to-arrange-care'], severity: 'critical' });
    expect(california.evaluate(fileOf(arrest, alone, opened, atOnce))[0]).toMatchObject({ alert: { severity: 'critical', legalBasis: expect.stringContaining('Bangkok Rule 2(2)') } });
  });
});
