import type { ChildAtAdmission, ChildRecord } from '@safeguard/contracts';
import { aCareArrangementMade, aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aChildAdmittedWithParent,
  aChildBornInCustody,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
  aVisitTookPlace,
} from '@safeguard/contracts/testing/prison-fixtures';
import { fileOf } from '../person-file/person-file.testing';
import { ageAgreement, matchChildren } from './match-children';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const personId = arrest.data.person.personId;
const admission = aPersonAdmitted({ personId, admittedAt: '2026-03-04T02:00:00.000Z' });

const policeChild = (overrides: Partial<ChildRecord>): ChildRecord => ({
  childId: 'police-dara',
  name: 'Dara',
  sex: 'male',
  detailsWithheld: null,
  dateOfBirth: '2019-06-02',
  birthYear: null,
  ageYears: null,
  whereabouts: 'with-relative',
  caregiver: null,
  ...overrides,
});
const prisonChild = (overrides: Partial<ChildAtAdmission>): ChildAtAdmission => ({
  childId: 'prison-dara',
  name: 'Dara',
  sex: 'male',
  detailsWithheld: null,
  dateOfBirth: '2019-06-02',
  birthYear: null,
  ageYears: null,
  livesWhere: 'With his grandmother',
  custodyStatus: 'with-relative',
  ...overrides,
});
const screened = (...children: ChildRecord[]) => aDependantsScreening(arrest.data, { numberOfChildren: children.length, children });
const admitted = (...children: ChildAtAdmission[]) => aChildrenRecordedAtAdmission(admission.data, { numberOfChildren: children.length, children });

describe('matching the children the agencies recorded', () => {
  describe('when the prison gives the same child reference as the police', () => {
    const { children, flags } = matchChildren(
      fileOf(arrest, screened(policeChild({})), admission, admitted(prisonChild({ childId: 'police-dara' }))),
    );

    it('keeps one child recorded by both', () => {
      expect(children).toEqual([expect.objectContaining({ childKey: 'police-dara', childIds: ['police-dara'], recordedBy: ['police', 'prison'] })]);
      expect(flags).toEqual([]);
    });
  });

  describe('when the prison gives its own reference with the same name (other case and spacing) and date of birth', () => {
    const { children, flags } = matchChildren(fileOf(arrest, screened(policeChild({})), admission, admitted(prisonChild({ name: '  DARA ' }))));

    it('keeps one child, keyed by the police reference that came first, holding both references', () => {
      expect(children).toEqual([expect.objectContaining({ childKey: 'police-dara', childIds: ['police-dara', 'prison-dara'], name: 'Dara' })]);
      expect(flags).toEqual([]);
    });
  });

  describe('when one record gives a date of birth and the other an age that agrees with it', () => {
    const { children } = matchChildren(
      fileOf(arrest, screened(policeChild({})), admission, admitted(prisonChild({ dateOfBirth: null, ageYears: 7 }))),
    );

    it('keeps one child', () => {
      expect(children.map((c) => c.childIds)).toEqual([['police-dara', 'prison-dara']]);
    });
  });

  describe('when both records give only ages, a year apart as the time between them allows', () => {
    const later = aPersonAdmitted({ personId, admittedAt: '2027-05-01T00:00:00.000Z' });
    const { children, flags } = matchChildren(
      fileOf(
        arrest,
        screened(policeChild({ dateOfBirth: null, ageYears: 6 })),
        later,
        aChildrenRecordedAtAdmission(later.data, { children: [prisonChild({ dateOfBirth: null, ageYears: 8 })] }),
      ),
    );

    it('keeps one child', () => {
      expect(children).toHaveLength(1);
      expect(flags).toEqual([]);
    });
  });

  describe('when the same name comes with nothing to compare the age with', () => {
    const { children, flags } = matchChildren(fileOf(arrest, screened(policeChild({ dateOfBirth: null })), admission, admitted(prisonChild({}))));

    it('keeps the prison record as its own child and flags it, naming the candidate', () => {
      expect(children.map((c) => c.childKey)).toEqual(['police-dara', 'prison-dara']);
      expect(flags).toEqual([
        expect.objectContaining({ kind: 'unmatched-child', childKey: 'prison-dara', message: expect.stringContaining('may be child police-dara') }),
      ]);
    });
  });

  describe('when the same name comes with ages that cannot both be right', () => {
    const { children, flags } = matchChildren(
      fileOf(arrest, screened(policeChild({})), admission, admitted(prisonChild({ dateOfBirth: null, ageYears: 12 }))),
    );

    it('never merges them silently', () => {
      expect(children).toHaveLength(2);
      expect(flags.map((f) => [f.kind, f.childKey])).toEqual([['unmatched-child', 'prison-dara']]);
    });
  });

  describe('when a record with the same reference gives another birth year', () => {
    const { children, flags } = matchChildren(
      fileOf(arrest, screened(policeChild({})), admission, admitted(prisonChild({ childId: 'police-dara', dateOfBirth: '2017-06-02' }))),
    );

    it('keeps the child once, with the first date of birth, and flags the contradiction', () => {
      expect(children).toEqual([expect.objectContaining({ childKey: 'police-dara', dateOfBirth: '2019-06-02' })]);
      expect(flags).toEqual([expect.objectContaining({ kind: 'conflicting-birth-year', childKey: 'police-dara' })]);
    });
  });

  describe('when two children of the same record share nothing but a parent', () => {
    const { children, flags } = matchChildren(
      fileOf(arrest, screened(policeChild({}), policeChild({ childId: 'police-sophea', name: 'Sophea', dateOfBirth: null, ageYears: 11 }))),
    );

    it('keeps both, in the order the record gives them', () => {
      expect(children.map((c) => c.childKey)).toEqual(['police-dara', 'police-sophea']);
      expect(flags).toEqual([]);
    });
  });

  describe('when a baby admitted with her has the date of birth of a child the police recorded, but no name', () => {
    const baby = aChildAdmittedWithParent(admission.data, { childId: 'prison-baby', dateOfBirth: '2025-08-14' });
    const { children, flags } = matchChildren(
      fileOf(arrest, screened(policeChild({ childId: 'police-baby', name: 'Bopha', dateOfBirth: '2025-08-14' })), admission, baby),
    );

    it('is the same child: no other child of hers has that date of birth', () => {
      expect(children.map((c) => [c.childKey, c.childIds])).toEqual([['police-baby', ['police-baby', 'prison-baby']]]);
      expect(flags).toEqual([]);
    });

    it('keeps a baby of twins apart, flagged as possibly either, when both were recorded with that date of birth', () => {
      const twins = screened(
        policeChild({ childId: 'police-twin-1', name: 'Bopha', dateOfBirth: '2025-08-14' }),
        policeChild({ childId: 'police-twin-2', name: 'Botum', dateOfBirth: '2025-08-14' }),
      );
      const matched = matchChildren(fileOf(arrest, twins, admission, baby));
      expect(matched.children.map((c) => c.childKey)).toEqual(['police-twin-1', 'police-twin-2', 'prison-baby']);
      expect(matched.flags).toEqual([expect.objectContaining({ kind: 'unmatched-child', childKey: 'prison-baby' })]);
    });
  });

  describe('when the prison later names a baby it first recorded by date of birth only, under another reference', () => {
    const baby = aChildAdmittedWithParent(admission.data, { childId: 'prison-baby', dateOfBirth: '2025-08-14' });
    const named = aChildrenRecordedAtAdmission(admission.data, {
      recordedAt: '2026-03-05T00:00:00.000Z',
      children: [prisonChild({ childId: 'prison-bopha', name: 'Bopha', dateOfBirth: '2025-08-14' })],
    });

    it('gives the baby the name: no other child of hers has that date of birth', () => {
      const { children, flags } = matchChildren(fileOf(admission, baby, named));
      expect(children).toEqual([expect.objectContaining({ childKey: 'prison-baby', childIds: ['prison-baby', 'prison-bopha'], name: 'Bopha' })]);
      expect(flags).toEqual([]);
    });
  });

  describe('when twins are born in custody', () => {
    const first = aChildBornInCustody(admission.data, { childId: 'twin-1', bornAt: '2026-07-20T04:00:00.000Z' });
    const second = aChildBornInCustody(admission.data, { childId: 'twin-2', bornAt: '2026-07-20T04:20:00.000Z', sex: 'male' });

    it('keeps two children, without a flag: a birth is a new child', () => {
      const { children, flags } = matchChildren(fileOf(admission, first, second));
      expect(children.map((c) => [c.childKey, c.dateOfBirth])).toEqual([
        ['twin-1', '2026-07-20'],
        ['twin-2', '2026-07-20'],
      ]);
      expect(flags).toEqual([]);
    });
  });

  describe('when a visit names a child no agency recorded', () => {
    const { children, flags } = matchChildren(fileOf(admission, aVisitTookPlace(admission.data, { childIds: ['visitor-x'] })));

    it('keeps the child, known only by reference, and flags it', () => {
      expect(children).toEqual([expect.objectContaining({ childKey: 'visitor-x', name: null, recordedBy: ['prison'] })]);
      expect(flags).toEqual([expect.objectContaining({ kind: 'unmatched-child', childKey: 'visitor-x' })]);
    });
  });

  describe('when a care arrangement refers to the child before the screening lists it', () => {
    const arranged = aCareArrangementMade(arrest.data, 'police-dara', { arrangedAt: '2026-03-01T20:45:00.000Z' });

    it('is the same child, not one known only by reference', () => {
      const { children, flags } = matchChildren(fileOf(arrest, arranged, screened(policeChild({}))));
      expect(children.map((c) => c.childKey)).toEqual(['police-dara']);
      expect(flags).toEqual([]);
    });
  });

  it.each([
    ['the same date of birth', { dateOfBirth: '2019-06-02', age: null }, { dateOfBirth: '2019-06-02', birthYear: null, ageYears: null }, 'agrees'],
    ['another date of birth', { dateOfBirth: '2019-06-02', age: null }, { dateOfBirth: '2019-07-02', birthYear: null, ageYears: null }, 'disagrees'],
    [
      'an age one year off the date of birth',
      { dateOfBirth: '2019-06-02', age: null },
      { dateOfBirth: null, birthYear: null, ageYears: 7 },
      'agrees',
    ],
    [
      'an age two years off the date of birth',
      { dateOfBirth: '2019-06-02', age: null },
      { dateOfBirth: null, birthYear: null, ageYears: 8 },
      'disagrees',
    ],
    ['no age on either side', { dateOfBirth: null, age: null }, { dateOfBirth: '2019-06-02', birthYear: null, ageYears: null }, 'not-comparable'],
  ] as const)('when comparing with %s, the ages %s', (_name, known, record, expected) => {
    expect(ageAgreement(known, { ...record, at: '2026-03-02T00:00:00.000Z' })).toBe(expected);
  });

  describe('when the police record a child by her age only, and later by name under the same reference', () => {
    const byAge = aDependantsScreening(arrest.data, {
      askedAt: '2026-03-01T21:00:00.000Z',
      numberOfChildren: 1,
      children: [policeChild({ name: null, sex: null, detailsWithheld: 'not-asked', dateOfBirth: null, ageYears: 7 })],
    });
    const named = aDependantsScreening(arrest.data, {
      askedAt: '2026-03-02T09:00:00.000Z',
      numberOfChildren: 1,
      children: [policeChild({ dateOfBirth: null, ageYears: 7 })],
    });

    it('is one child, the later record filling in the name and sex', () => {
      const { children, flags } = matchChildren(fileOf(arrest, byAge, named));
      expect(children).toEqual([expect.objectContaining({ childKey: 'police-dara', name: 'Dara', sex: 'male', ageYears: 7 })]);
      expect(flags).toEqual([]);
    });
  });

  it('takes a birth year for an age when that is all the record gives', () => {
    const byYear = aDependantsScreening(arrest.data, {
      askedAt: '2026-03-01T21:00:00.000Z',
      children: [policeChild({ dateOfBirth: null, ageYears: null, birthYear: 2019 })],
    });
    const prison = aChildrenRecordedAtAdmission(admission.data, { children: [prisonChild({ dateOfBirth: null, ageYears: 7 })] });
    const { children } = matchChildren(fileOf(arrest, byYear, admission, prison));
    expect(children.map((c) => c.childIds)).toEqual([['police-dara', 'prison-dara']]);
  });
});
