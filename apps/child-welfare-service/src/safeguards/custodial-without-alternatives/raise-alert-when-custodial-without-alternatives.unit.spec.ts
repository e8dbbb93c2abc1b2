import { aDependantsScreening, anArrestMade } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aCaseOpened, aCharge, anAppealDecided, anAppealFiled, aSentenceImposed, aVerdictDelivered } from '../../../../../libs/contracts/src/testing/court-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { cambodiaCourtRules, californiaCourtRules } from '../court-policy';
import { raiseAlertWhenCustodialWithoutAlternatives } from './raise-alert-when-custodial-without-alternatives';

const rule = raiseAlertWhenCustodialWithoutAlternatives(cambodiaCourtRules['custodial-without-alternatives']);
const arrest = anArrestMade();
const personId = arrest.data.person.personId;
const mother = aDependantsScreening(arrest.data);
const noFamily = aDependantsScreening(arrest.data, { answer: 'no-dependants', numberOfChildren: 0, children: [] });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
const verdict = aVerdictDelivered(opened.data);
const unweighed = aSentenceImposed(opened.data, { childrenWelfareConsidered: false });
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when a mother gets a prison term without the alternatives being weighed', () => {
  it.each<[string, Parameters<typeof fileOf>, string[]]>([
    ['her children’s welfare not weighed: raises', [arrest, mother, opened, verdict, unweighed], ['raise-alert']],
    ['no non-custodial sentence considered: raises', [arrest, mother, opened, verdict, aSentenceImposed(opened.data, { nonCustodialAlternativesConsidered: false })], ['raise-alert']],
    ['both weighed: nothing', [arrest, mother, opened, verdict, aSentenceImposed(opened.data)], ['nothing']],
    ['wholly suspended: nothing', [arrest, mother, opened, verdict, aSentenceImposed(opened.data, { suspendedMonths: 24, childrenWelfareConsidered: false })], ['nothing']],
    ['no pregnancy or children on record: nothing', [arrest, noFamily, opened, verdict, unweighed], ['nothing']],
  ])('%s', (_name, events, expected) => {
    expect(kinds(rule.evaluate(fileOf(...events)))).toEqual(expected);
  });

  it('leaves a conviction for a violent offence out', () => {
    const robbery = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], charges: [aCharge({ offence: 'Robbery', violent: true })] });
    const outcomes = rule.evaluate(fileOf(arrest, mother, robbery, aVerdictDelivered(robbery.data), aSentenceImposed(robbery.data, { childrenWelfareConsidered: false })));
    expect(outcomes).toEqual([{ kind: 'nothing', ruleId: 'custodial-without-alternatives', reason: 'a violent offence: a prison term may be preferred (Bangkok Rule 64)' }]);
  });

  it('reads only the charges she was convicted of: acquitted of the violent one, the rule applies', () => {
    const violent = aCharge({ offence: 'Assault', violent: true });
    const drugs = aCharge();
    const mixed = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], charges: [drugs, violent] });
    const findings = [{ chargeId: drugs.chargeId, outcome: 'convicted' as const }, { chargeId: violent.chargeId, outcome: 'acquitted' as const }];
    const outcomes = rule.evaluate(fileOf(arrest, mother, mixed, aVerdictDelivered(mixed.data, 'convicted', { findings }), aSentenceImposed(mixed.data, { childrenWelfareConsidered: false })));
    expect(kinds(outcomes)).toEqual(['raise-alert']);
  });

  it('raises at once, due at the sentence, naming the prison term and what was not weighed', () => {
    const [raise] = rule.evaluate(fileOf(arrest, mother, opened, verdict, unweighed));
    expect(raise).toMatchObject({ alert: { dueAt: unweighed.data.imposedAt, responsibleAgency: 'court', subjectKey: `${opened.data.caseId}:${unweighed.data.imposedAt}`, childIds: [mother.data.children[0].childId] } });
    expect(raise.kind === 'raise-alert' && raise.alert.summary).toContain("prison term of 12 months");
    expect(raise.kind === 'raise-alert' && raise.alert.summary).toContain("without weighing her children's welfare");
  });

  it('resolves when the appeal court leaves no prison term, saying how long it took', () => {
    const appeal = anAppealFiled(opened.data);
    const decided = anAppealDecided(appeal.data, { newCustodialMonths: 12 });
    const outcomes = rule.evaluate(fileOf(arrest, mother, opened, verdict, unweighed, appeal, decided));
    expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert']);
    expect(outcomes[1]).toMatchObject({ resolvedAt: decided.data.decidedAt });
  });

  it('takes its severity and legal basis from the policy', () => {
    const california = raiseAlertWhenCustodialWithoutAlternatives({ ...californiaCourtRules['custodial-without-alternatives'], severity: 'medium' });
    expect(california.evaluate(fileOf(arrest, mother, opened, verdict, unweighed))[0]).toMatchObject({ alert: { severity: 'medium', legalBasis: expect.stringContaining('4.414(b)(5)') } });
  });
});
