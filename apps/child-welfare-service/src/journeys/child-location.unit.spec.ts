import type { ChildAtAdmission, ChildRecord } from '@safeguard/contracts';
import { aCareArrangementMade, aDependantsScreening, anArrestMade, releasedWithoutCharge } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aChildAdmittedWithParent,
  aChildLeftPrison,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
} from '@safeguard/contracts/testing/prison-fixtures';
import { fileOf } from '../person-file/person-file.testing';
import { childLocationHistory, toWhomLocation } from './child-location';

const arrest = anArrestMade();
const personId = arrest.data.person.personId;
const admission = aPersonAdmitted({ personId, admittedAt: '2026-03-04T02:00:00.000Z' });
const dara = { childKey: 'dara', childIds: ['dara', 'prison-dara'] };
const grandmother = { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61, contact: null } as const;
const father = { name: 'Chan Vuthy', relation: 'father', ageYears: 38, contact: null } as const;

const screened = (overrides: Partial<ChildRecord>) =>
  aDependantsScreening(arrest.data, {
    children: [
      {
        childId: 'dara',
        name: 'Dara',
        sex: 'male',
        detailsWithheld: null,
        dateOfBirth: '2019-06-02',
        birthYear: null,
        ageYears: null,
        whereabouts: 'with-relative',
        caregiver: grandmother,
        ...overrides,
      },
    ],
  });
const admitted = (overrides: Partial<ChildAtAdmission>) =>
  aChildrenRecordedAtAdmission(admission.data, {
    children: [
      {
        childId: 'prison-dara',
        name: 'Dara',
        sex: 'male',
        detailsWithheld: null,
        dateOfBirth: '2019-06-02',
        birthYear: null,
        ageYears: null,
        livesWhere: 'Chbar Ampov',
        custodyStatus: 'with-relative',
        ...overrides,
      },
    ],
  });
const historyOf = (...events: Parameters<typeof fileOf>) => childLocationHistory(fileOf(...events).facts, dara);

describe('where the child is and with whom', () => {
  describe('when the prison confirms where the police found the child', () => {
    const { history, flags } = historyOf(arrest, screened({}), admission, admitted({}));

    it('keeps the one place, with the caregiver the police named', () => {
      expect(history).toEqual([
        expect.objectContaining({ type: 'with-relative', caregiverName: 'Sok Mealea', caregiverAgeYears: 61, since: screened({}).data.askedAt }),
      ]);
      expect(flags).toEqual([]);
    });
  });

  describe('when the child was alone and care was then arranged with the father', () => {
    const { history, flags } = historyOf(
      arrest,
      screened({ whereabouts: 'alone', caregiver: null }),
      aCareArrangementMade(arrest.data, 'dara', { caregiver: father }),
      admission,
      admitted({ custodyStatus: 'with-other-parent' }),
    );

    it('keeps both steps as history, and the prison record agrees with the arrangement', () => {
      expect(history.map((s) => s.type)).toEqual(['alone', 'at-home-with-other-parent']);
      expect(flags).toEqual([]);
    });
  });

  describe('when the prison records another kind of caregiver with no care change recorded since the arrest', () => {
    const { history, flags } = historyOf(arrest, screened({}), admission, admitted({ custodyStatus: 'with-other-parent' }));

    it('keeps the prison record in the history and flags the contradiction for review', () => {
      expect(history.map((s) => s.type)).toEqual(['with-relative', 'at-home-with-other-parent']);
      expect(flags).toEqual([expect.objectContaining({ kind: 'conflicting-caregiver', childKey: 'dara' })]);
    });

    it('says the contradiction in words, not the location codes', () => {
      expect(flags[0].message).toBe(
        'The prison recorded the child at home with the other parent but the police record before it said with a relative (a grandparent), with no care change recorded between them.',
      );
    });
  });

  describe('when a later screening names another caregiver of the same kind', () => {
    const second = aDependantsScreening(arrest.data, {
      askedAt: '2026-03-02T08:00:00.000Z',
      children: [
        {
          childId: 'dara',
          name: 'Dara',
          sex: 'male',
          detailsWithheld: null,
          dateOfBirth: '2019-06-02',
          birthYear: null,
          ageYears: null,
          whereabouts: 'with-relative',
          caregiver: { ...grandmother, name: 'Sok Vanna' },
        },
      ],
    });

    it('flags it too: a different caregiver is a contradiction even under the same heading', () => {
      expect(historyOf(arrest, screened({}), second).flags.map((f) => f.kind)).toEqual(['conflicting-caregiver']);
    });
  });

  describe('when the child came into prison with her and later left to the grandmother', () => {
    const { history, flags } = historyOf(
      arrest,
      screened({ whereabouts: 'with-parent-in-custody', caregiver: null }),
      admission,
      aChildAdmittedWithParent(admission.data, { childId: 'prison-dara' }),
      aChildLeftPrison(admission.data, 'prison-dara'),
    );

    it('keeps police custody, prison and the grandmother as history', () => {
      expect(history.map((s) => [s.type, s.caregiverName])).toEqual([
        ['with-parent-in-police-custody', null],
        ['in-prison-with-parent', null],
        ['with-relative', 'Sok Mealea (his grandmother)'],
      ]);
      expect(flags).toEqual([]);
    });
  });

  describe('when the child was with her at the police station', () => {
    const atStation = screened({ whereabouts: 'with-parent-in-custody', caregiver: null });

    it('goes home with her when she is released without charge', () => {
      const { history } = historyOf(arrest, atStation, releasedWithoutCharge(arrest.data, { releasedAt: '2026-03-02T10:00:00.000Z' }));
      expect(history.map((s) => s.type)).toEqual(['with-parent-in-police-custody', 'with-parent']);
    });

    it('is somewhere no record names once she goes to prison without the child', () => {
      const { history } = historyOf(arrest, atStation, admission);
      expect(history.map((s) => [s.type, s.source.eventType])).toEqual([
        ['with-parent-in-police-custody', 'DependantsScreeningRecorded'],
        ['unknown', 'PersonAdmitted'],
      ]);
    });
  });

  it.each([
    ['Sok Mealea (his grandmother)', 'with-relative'],
    ['Chan Vuthy, her father', 'at-home-with-other-parent'],
    ['This Life Cambodia (NGO)', 'with-ngo'],
    ['Mr Heng', 'other'],
  ] as const)('when the child left prison to %s, the place is %s', (toWhom, type) => {
    expect(toWhomLocation(toWhom)).toBe(type);
  });
});
