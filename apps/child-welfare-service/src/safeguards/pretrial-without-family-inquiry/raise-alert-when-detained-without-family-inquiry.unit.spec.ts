import { aDependantsScreening, anArrestMade } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aCaseOpened, aPretrialDetentionOrdered, aPretrialRelease } from '../../../../../libs/contracts/src/testing/court-fixtures';
import { aPersonAdmitted, aPregnancyRecorded } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { fileOf } from '../../person-file/person-file.testing';
import { cambodiaCourtRules, californiaCourtRules } from '../court-policy';
import { raiseAlertWhenDetainedWithoutFamilyInquiry } from './raise-alert-when-detained-without-family-inquiry';

const rule = raiseAlertWhenDetainedWithoutFamilyInquiry(cambodiaCourtRules['pretrial-without-family-inquiry']);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const personId = arrest.data.person.personId;
const mother = aDependantsScreening(arrest.data);
const pregnantNoChildren = aDependantsScreening(arrest.data, { answer: 'no-dependants', pregnancy: 'pregnant', numberOfChildren: 0, children: [] });
const noFamily = aDependantsScreening(arrest.data, { answer: 'no-dependants', numberOfChildren: 0, children: [] });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
const detained = (asked: boolean, noted: string | null = asked ? 'With her mother' : null) =>
  aPretrialDetentionOrdered(opened.data, { askedAboutPregnancyAndDependants: asked, careArrangementsNoted: noted });
const notAsked = detained(false);
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when detention is ordered without asking about her family', () => {
  it.each<[string, Parameters<typeof fileOf>, string[]]>([
    ['a mother detained without being asked: raises', [arrest, mother, opened, notAsked], ['raise-alert']],
    ['a mother asked, but her children’s care not noted: raises', [arrest, mother, opened, detained(true, null)], ['raise-alert']],
    ['a mother asked, with the care arrangements noted: nothing', [arrest, mother, opened, detained(true)], ['nothing']],
    ['a pregnant woman without children, asked, no care noted: nothing', [arrest, pregnantNoChildren, opened, detained(true, null)], ['nothing']],
    ['a pregnant woman not asked: raises', [arrest, pregnantNoChildren, opened, notAsked], ['raise-alert']],
    ['no pregnancy and no children on any record: nothing', [arrest, noFamily, opened, notAsked], ['nothing']],
    ['released, not detained: nothing', [arrest, mother, opened, aPretrialRelease(opened.data, { askedAboutPregnancyAndDependants: false })], ['nothing']],
  ])('%s', (_name, events, expected) => {
    expect(kinds(rule.evaluate(fileOf(...events)))).toEqual(expected);
  });

  it('names the judge, the case, what was not asked and when, at once, without the children’s names', () => {
    const [raise] = rule.evaluate(fileOf(arrest, mother, opened, notAsked));
    expect(raise).toMatchObject({
      kind: 'raise-alert',
      alert: {
        subjectKey: `${opened.data.caseId}:${notAsked.data.decidedAt}`,
        responsibleAgency: 'court',
        responsibleUnitId: notAsked.data.judge,
        arrestId: arrest.data.arrestId,
        province: 'Phnom Penh',
        childIds: [mother.data.children[0].childId],
        dueAt: notAsked.data.decidedAt,
        severity: 'high',
      },
    });
    expect(raise.kind === 'raise-alert' && raise.alert.summary).toContain('without asking whether she is pregnant');
    expect(JSON.stringify(raise)).not.toContain('Dara');
  });

  it('counts a pregnancy the prison recorded later when its expected date shows it had begun', () => {
    const admitted = aPersonAdmitted({ personId, admittedAt: '2026-03-05T09:00:00.000Z' });
    const pregnancy = aPregnancyRecorded(admitted.data, { recordedAt: '2026-03-05T10:00:00.000Z', expectedDeliveryDate: '2026-08-01' });
    expect(kinds(rule.evaluate(fileOf(arrest, noFamily, opened, notAsked, admitted, pregnancy)))).toEqual(['raise-alert']);
  });

  it('resolves when a later decision on the case asks and notes the care, saying how long it took', () => {
    const review = aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-14T03:00:00.000Z' });
    const outcomes = rule.evaluate(fileOf(arrest, mother, opened, notAsked, review));
    expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert', 'nothing']);
    expect(outcomes[1]).toMatchObject({ resolvingEventIds: [expect.any(String)], lateByMinutes: 10 * 24 * 60 });
    const released = rule.evaluate(fileOf(arrest, mother, opened, notAsked, aPretrialRelease(opened.data, { decidedAt: '2026-03-14T03:00:00.000Z' })));
    expect(kinds(released)).toEqual(['raise-alert', 'resolve-alert']);
    expect(released[1]).toMatchObject({ resolvedAt: '2026-03-14T03:00:00.000Z', lateByMinutes: 10 * 24 * 60 });
  });

  it('takes its severity and legal basis from the policy', () => {
    const california = raiseAlertWhenDetainedWithoutFamilyInquiry({ ...californiaCourtRules['pretrial-without-family-inquiry'], severity: 'critical' });
    expect(california.evaluate(fileOf(arrest, mother, opened, notAsked))[0]).toMatchObject({ alert: { severity: 'critical', legalBasis: expect.stringContaining('In re Humphrey') } });
  });
});
