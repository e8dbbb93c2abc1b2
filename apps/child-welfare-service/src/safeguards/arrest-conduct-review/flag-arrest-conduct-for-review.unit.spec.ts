import { anArrestMade } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { watchOf } from '../../../../../test/support/arrest-watches';
import { cambodiaPolicy } from '../policy';
import { conductConcerns, flagArrestConductForReview } from './flag-arrest-conduct-for-review';

const rule = flagArrestConductForReview(cambodiaPolicy.rules['arrest-conduct-review']);
const calm = { childrenPresent: 1, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false };

describe('flag an arrest carried out in front of children for review', () => {
  it.each<[string, Partial<typeof calm>, string[]]>([
    ['restraints or sirens in front of children', { restraintsOrSirensInFrontOfChildren: true }, ['restraints or sirens used in front of children']],
    ['a search with a child present', { searchWithChildPresent: true }, ['a house or body search with a child present']],
    ['after dark with a child present', { afterDark: true }, ['an arrest after dark with children present']],
    ['after dark with no child present', { afterDark: true, childrenPresent: 0 }, []],
    ['in daylight, no restraints, no search', {}, []],
  ])('%s', (_name, overrides, concerns) => {
    expect(conductConcerns({ ...calm, ...overrides })).toEqual(concerns);
  });

  it('raises a low-severity alert naming every concern, and no names', () => {
    const arrest = anArrestMade({ circumstances: { ...calm, afterDark: true, restraintsOrSirensInFrontOfChildren: true } });
    const [raise] = rule.evaluate(watchOf(arrest.data.arrestId, arrest));
    expect(raise).toMatchObject({ kind: 'raise-alert', alert: { severity: 'low', dueAt: arrest.data.arrestedAt, summary: expect.stringContaining('restraints or sirens') } });
    expect(JSON.stringify(raise)).not.toContain(arrest.data.person.name);
  });

  it('does nothing, saying why, for an arrest no child was affected by', () => {
    const arrest = anArrestMade({ circumstances: { ...calm, childrenPresent: 0 } });
    expect(rule.evaluate(watchOf(arrest.data.arrestId, arrest))).toEqual([
      { kind: 'nothing', ruleId: 'arrest-conduct-review', reason: 'nothing in the arrest’s circumstances affected a child' },
    ]);
  });
});
