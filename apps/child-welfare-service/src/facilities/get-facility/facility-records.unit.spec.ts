import type { KeyDate } from '../../journeys/family-journey';
import { assessmentsDueOf, releaseNotTold } from './facility-records';
import type { ChildLivingThere } from './facility.view';

const now = new Date('2026-06-01T00:00:00.000Z');
const child = (childKey: string, nextAssessmentDue: string | null): ChildLivingThere => ({
  childKey,
  personId: `p-${childKey}`,
  name: null,
  ageYears: 1,
  since: '2026-01-01T00:00:00.000Z',
  nextAssessmentDue,
});

describe('assessments due at a facility', () => {
  it('lists each child with an assessment owed, earliest first, overdue once the due time has passed', () => {
    const children = [
      child('a', '2026-07-01T00:00:00.000Z'),
      child('b', null),
      child('c', '2026-05-01T00:00:00.000Z'),
      child('d', now.toISOString()),
    ];
    expect(assessmentsDueOf(children, now)).toEqual([
      { childKey: 'c', personId: 'p-c', dueAt: '2026-05-01T00:00:00.000Z', overdue: true },
      { childKey: 'd', personId: 'p-d', dueAt: now.toISOString(), overdue: true },
      { childKey: 'a', personId: 'p-a', dueAt: '2026-07-01T00:00:00.000Z', overdue: false },
    ]);
  });
});

describe('a release the family was not told of', () => {
  const date = (overrides: Partial<KeyDate>): KeyDate => ({
    kind: 'release',
    at: '2026-07-01T00:00:00.000Z',
    detail: 'Release (bail)',
    familyTold: false,
    toldAt: null,
    source: { agency: 'prison', eventId: 'e1', eventType: 'ReleaseScheduled' },
    ...overrides,
  });
  it.each<[string, Partial<KeyDate>, boolean]>([
    ['still to come, family not told', {}, true],
    ['family told', { familyTold: true, toldAt: '2026-05-20T00:00:00.000Z' }, false],
    ['already passed', { at: '2026-05-01T00:00:00.000Z' }, false],
    ['a hearing, not a release', { kind: 'hearing' }, false],
  ])('%s', (_name, overrides, expected) => {
    expect(releaseNotTold(date(overrides), now)).toBe(expected);
  });
});
