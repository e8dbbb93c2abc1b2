import type { ChildRecord } from '@safeguard/contracts';
import { aCareArrangementMade, aDependantsScreening, anArrestMade } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { watchOf as watchOfFacts } from '../../../../../test/support/arrest-watches';
import type { ArrestWatchFact } from '../arrest-watch';
import { cambodiaPolicy } from '../policy';
import { raiseAlertWhenChildWithoutSafeCare, unsafeCareReason } from './raise-alert-when-child-without-safe-care';

const rule = raiseAlertWhenChildWithoutSafeCare(cambodiaPolicy.rules['child-without-safe-care']);
const arrest = anArrestMade();
const grandmother = { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61, contact: null } as const;

function child(overrides: Partial<ChildRecord>): ChildRecord {
  return { childId: '6a0d5a43-0f55-4d1c-9a3e-1f2b3c4d5e6f', name: 'Dara', sex: 'male', dateOfBirth: '2019-06-02', ageYears: null, whereabouts: 'with-relative', caregiver: grandmother, ...overrides };
}

const watchOf = (facts: Omit<ArrestWatchFact, 'eventId'>[]) => watchOfFacts(arrest.data.arrestId, ...facts);

describe('raise an alert when a child has no safe care', () => {
  it.each<[string, Partial<ChildRecord>, string | null]>([
    ['alone', { whereabouts: 'alone' }, 'the child is alone'],
    ['only with other children', { whereabouts: 'with-other-children-only' }, 'the child is only with other children'],
    ['somewhere nobody knows', { whereabouts: 'unknown' }, 'nobody knows where the child is'],
    ['without a recorded caregiver', { caregiver: null }, 'no one is caring for the child'],
    ['cared for by "nobody"', { caregiver: { ...grandmother, relation: 'nobody' } }, 'no one is caring for the child'],
    ['cared for only by a 14-year-old sibling', { caregiver: { name: 'Srey', relation: 'older-sibling', ageYears: 14, contact: null } }, 'the only caregiver is 14 years old'],
    ['with a grandmother', {}, null],
    ['cared for by an 18-year-old sibling', { caregiver: { name: 'Srey', relation: 'older-sibling', ageYears: 18, contact: null } }, null],
  ])('when the child is %s', (_name, overrides, reason) => {
    expect(unsafeCareReason(child(overrides))).toBe(reason);
  });

  describe('when a child is recorded alone at the screening', () => {
    const screening = aDependantsScreening(arrest.data, { children: [child({ whereabouts: 'alone', caregiver: null })] });

    it('raises a critical alert at once, naming the child and not her name', () => {
      const [raise] = rule.evaluate(watchOf([arrest, screening]));
      expect(raise).toMatchObject({
        kind: 'raise-alert',
        alert: { severity: 'critical', childIds: [child({}).childId], dueAt: screening.data.askedAt, responsibleAgency: 'police' },
      });
      expect(JSON.stringify(raise)).not.toContain('Dara');
    });

    it('resolves it once care is arranged with an adult, noting how long the child waited', () => {
      const arranged = aCareArrangementMade(arrest.data, child({}).childId, { arrangedAt: new Date(Date.parse(screening.data.askedAt) + 95 * 60_000).toISOString() });
      const outcomes = rule.evaluate(watchOf([arrest, screening, arranged]));
      expect(outcomes.map((o) => o.kind)).toEqual(['raise-alert', 'resolve-alert']);
      expect(outcomes[1]).toMatchObject({ lateByMinutes: 95 });
    });

    it('keeps it open when the arrangement is with another child', () => {
      const arranged = aCareArrangementMade(arrest.data, child({}).childId, { caregiver: { name: 'Srey', relation: 'older-sibling', ageYears: 12, contact: null } });
      expect(rule.evaluate(watchOf([arrest, screening, arranged])).map((o) => o.kind)).toEqual(['raise-alert']);
    });

    it('decides the same whatever order the facts arrive in', () => {
      const arranged = aCareArrangementMade(arrest.data, child({}).childId);
      expect(rule.evaluate(watchOf([arranged, screening, arrest, arranged]))).toEqual(rule.evaluate(watchOf([arrest, screening, arranged])));
    });
  });

  it('does nothing, saying why, when no child details were recorded', () => {
    const screening = aDependantsScreening(arrest.data, { consentToRecordChildDetails: false, children: [] });
    expect(rule.evaluate(watchOf([arrest, screening]))).toEqual([
      { kind: 'nothing', ruleId: 'child-without-safe-care', reason: 'no child details were recorded (none, declined or no consent)' },
    ]);
  });

  it('raises nothing for a child with a grandmother', () => {
    expect(rule.evaluate(watchOf([arrest, aDependantsScreening(arrest.data, { children: [child({})] })])).map((o) => o.kind)).toEqual(['nothing']);
  });
});
