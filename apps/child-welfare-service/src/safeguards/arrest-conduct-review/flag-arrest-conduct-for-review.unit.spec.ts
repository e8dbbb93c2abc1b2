import { anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { cambodiaPolicy } from '../policy';
import { judged, kinds, raised, testWords } from '../rule.testing';
import { conductConcerns, flagArrestConductForReview } from './flag-arrest-conduct-for-review';

const policy = cambodiaPolicy.rules['arrest-conduct-review'];
const rule = flagArrestConductForReview(policy, testWords);
const circumstances = { childrenPresent: 2, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false };

describe('flag an arrest’s conduct in front of children for review', () => {
  it.each<[string, Partial<typeof circumstances>, string[]]>([
    ['restraints or sirens in front of children', { restraintsOrSirensInFrontOfChildren: true }, ['restraints or sirens used in front of children']],
    ['a search with a child present', { searchWithChildPresent: true }, ['a house or body search with a child present']],
    ['a night arrest with children present', { afterDark: true }, ['an arrest after dark with children present']],
    ['a night arrest with no child present', { afterDark: true, childrenPresent: 0 }, []],
    ['nothing of the kind', {}, []],
  ])('%s', (_name, patch, concerns) => {
    expect(conductConcerns({ ...circumstances, ...patch })).toEqual(concerns);
  });

  it('raises at once for review, due at the arrest, never resolved by a later fact', () => {
    const arrest = anArrestMade({
      arrestedAt: '2026-03-01T13:00:00.000Z',
      circumstances: { ...circumstances, afterDark: true, restraintsOrSirensInFrontOfChildren: true },
    });
    const outcomes = judged(rule, policy, arrest);
    expect(kinds(outcomes)).toEqual(['raise-alert']);
    expect(raised(outcomes)).toMatchObject({ severity: 'low', responsibleUnitId: 'PP-ANTI-DRUG', dueAt: '2026-03-01T13:00:00.000Z' });
    expect(raised(outcomes).summary).toBe(
      'For review: the arrest of the woman on 1 Mar 2026, 20:00 GMT+7 involved restraints or sirens used in front of children; an arrest after dark with children present.',
    );
  });

  it('stays quiet for an arrest that affected no child', () => {
    expect(kinds(judged(rule, policy, anArrestMade({ circumstances })))).toEqual(['nothing']);
  });
});
