import { aCareArrangementMade, aDependantsScreening, anArrestMade } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { aChildAdmittedWithParent, aChildLeftPrison, aChildrenRecordedAtAdmission, aPersonAdmitted } from '../../../../../libs/contracts/src/testing/prison-fixtures';
import { eventIdOf, fileOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { addHours } from '../prison-facts';
import { raiseAlertWhenCareChangedWithoutParent } from './raise-alert-when-care-changed-without-parent';

const rule = raiseAlertWhenCareChangedWithoutParent(cambodiaPolicy.rules['care-changed-without-parent']);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...anArrestMade().data.person, personId: a.personId } });
const screening = aDependantsScreening(arrest.data);
const childId = screening.data.children[0].childId;
const arranged = (iso: string, chosenByParent: boolean, relation: 'grandparent' | 'ngo' = 'grandparent') =>
  aCareArrangementMade(arrest.data, childId, { arrangedAt: iso, chosenByParent, caregiver: { name: 'Sok Mealea', relation, ageYears: 61, contact: null } });
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('raise an alert when a child’s care changes without the parent', () => {
  describe('a care arrangement', () => {
    it.each([
      ['she chose: nothing', arranged('2026-03-01T21:00:00.000Z', true), ['nothing']],
      ['not chosen by her: raises, dated at the arrangement, for the police', arranged('2026-03-01T21:00:00.000Z', false), ['raise-alert']],
    ])('%s', (_name, arrangement, expected) => {
      const outcomes = rule.evaluate(fileOf(arrest, screening, arrangement));
      expect(kinds(outcomes)).toEqual(expected);
      if (expected[0] === 'raise-alert') expect(outcomes[0]).toMatchObject({ alert: { responsibleAgency: 'police', responsibleUnitId: 'PP-ANTI-DRUG', dueAt: '2026-03-01T21:00:00.000Z', childIds: [childId] } });
    });

    it('resolves when she chooses the care a day later, noting how late', () => {
      const outcomes = rule.evaluate(fileOf(arrest, screening, arranged('2026-03-01T21:00:00.000Z', false), arranged('2026-03-02T21:00:00.000Z', true)));
      expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert']);
      expect(outcomes[1]).toMatchObject({ lateByMinutes: 24 * 60 });
    });
  });

  describe('a child leaving prison', () => {
    const baby = aChildAdmittedWithParent(a);
    const left = aChildLeftPrison(a, baby.data.childId, { leftAt: '2026-09-19T09:00:00.000Z' });

    it('raises when nothing she chose is on file, whatever the reason text says', () => {
      const outcomes = rule.evaluate(fileOf(admission, baby, left));
      expect(outcomes).toEqual([{ kind: 'raise-alert', alert: expect.objectContaining({ subjectKey: `${a.custodyId}:${baby.data.childId}:left`, responsibleAgency: 'prison', responsibleUnitId: 'CC2', triggeringEventIds: [eventIdOf(left)] }) }]);
      expect(JSON.stringify(outcomes)).not.toContain('Sok Mealea');
    });

    it('is satisfied by an arrangement she chose while the child lived with her', () => {
      const chosen = aCareArrangementMade(arrest.data, baby.data.childId, { arrangedAt: addHours(left.data.leftAt, -48), chosenByParent: true });
      expect(kinds(rule.evaluate(fileOf(admission, baby, chosen, left)))).toEqual(['nothing']);
    });
  });

  describe('the admission record placing a child elsewhere than the police did', () => {
    const recordedAs = (custodyStatus: 'with-relative' | 'state-care' | 'unknown') =>
      aChildrenRecordedAtAdmission(a, { numberOfChildren: 1, children: [{ ...aChildrenRecordedAtAdmission(a).data.children[0], childId, custodyStatus }] });

    it.each([
      ['the same place (with a relative): nothing', recordedAs('with-relative'), ['nothing']],
      ['the prison does not know: nothing', recordedAs('unknown'), ['nothing']],
      ['now in state care: raises', recordedAs('state-care'), ['raise-alert']],
    ])('%s', (_name, record, expected) => {
      expect(kinds(rule.evaluate(fileOf(arrest, screening, admission, record)))).toEqual(expected);
    });

    it('compares with the latest arrangement the police recorded', () => {
      const toNgo = arranged('2026-03-01T22:00:00.000Z', true, 'ngo');
      expect(kinds(rule.evaluate(fileOf(arrest, screening, toNgo, admission, recordedAs('with-relative'))))).toEqual(['raise-alert']);
    });

    it('resolves when she later chooses the home the prison recorded', () => {
      const backToGrandmother = arranged('2026-03-10T09:00:00.000Z', true, 'grandparent');
      const toNgo = arranged('2026-03-01T22:00:00.000Z', true, 'ngo');
      const outcomes = rule.evaluate(fileOf(arrest, screening, toNgo, admission, recordedAs('with-relative'), backToGrandmother));
      expect(kinds(outcomes)).toEqual(['raise-alert', 'resolve-alert']);
      expect(outcomes[1]).toMatchObject({ resolvedAt: '2026-03-10T09:00:00.000Z' });
    });
  });

  it('takes its severity and text from the policy', () => {
    const strict = raiseAlertWhenCareChangedWithoutParent({ ...californiaPolicy.rules['care-changed-without-parent'], severity: 'high' });
    expect(strict.evaluate(fileOf(arrest, arranged('2026-03-01T21:00:00.000Z', false)))[0]).toMatchObject({ alert: { severity: 'high', legalBasis: expect.stringContaining('§2625') } });
  });

  it('does nothing, saying why, when no change is recorded', () => {
    expect(rule.evaluate(fileOf(arrest, screening))).toEqual([{ kind: 'nothing', ruleId: 'care-changed-without-parent', reason: 'no change in a child’s care is recorded' }]);
  });
});
