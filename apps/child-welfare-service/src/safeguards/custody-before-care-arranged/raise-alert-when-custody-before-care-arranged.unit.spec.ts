import type { ChildRecord } from '@safeguard/contracts';
import {
  aCareArrangementMade,
  aDependantsScreening,
  anArrestMade,
  releasedWithoutCharge,
  takenIntoPoliceCustody,
} from '@safeguard/contracts/testing/arrest-fixtures';
import { aCaseOpened, aPretrialDetentionOrdered } from '@safeguard/contracts/testing/court-fixtures';
import { aChildrenRecordedAtAdmission, aPersonAdmitted } from '@safeguard/contracts/testing/prison-fixtures';
import { cambodiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenCustodyBeforeCareArranged } from './raise-alert-when-custody-before-care-arranged';

const policy = cambodiaPolicy.rules['custody-before-care-arranged'];
const rule = raiseAlertWhenCustodyBeforeCareArranged(policy, testWords);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const personId = arrest.data.person.personId;
const child = (overrides: Partial<ChildRecord> = {}): ChildRecord => ({
  childId: 'police-dara',
  name: 'Dara',
  sex: 'male',
  detailsWithheld: null,
  dateOfBirth: '2019-06-02',
  birthYear: null,
  ageYears: null,
  whereabouts: 'not-recorded',
  caregiver: null,
  ...overrides,
});
const screened = (at: string, ...children: ChildRecord[]) =>
  aDependantsScreening(arrest.data, { askedAt: at, numberOfChildren: children.length, children });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T21:00:00.000Z' });
const arrangedAt = (iso: string) => aCareArrangementMade(arrest.data, 'police-dara', { arrangedAt: iso });
const key = `${arrest.data.arrestId}:police-dara`;

describe('raise an alert when she is taken into custody before care is arranged for a child', () => {
  it.each<[string, unknown[], string[]]>([
    [
      'care arranged before custody',
      [screened('2026-03-01T20:30:00.000Z', child()), arrangedAt('2026-03-01T20:40:00.000Z'), custody],
      ['cancel-deadline', 'withdraw-alert'],
    ],
    [
      'the screening found the child at home with the father before custody',
      [
        screened(
          '2026-03-01T20:30:00.000Z',
          child({ whereabouts: 'at-home-with-caregiver', caregiver: { name: null, relation: 'father', ageYears: 40, contact: null } }),
        ),
        custody,
      ],
      ['cancel-deadline', 'withdraw-alert'],
    ],
    [
      'the child is with her at the station by her account',
      [screened('2026-03-01T20:30:00.000Z', child({ whereabouts: 'with-parent-in-custody' })), custody],
      ['cancel-deadline', 'withdraw-alert'],
    ],
    ['custody, and no record of care', [screened('2026-03-01T20:30:00.000Z', child()), custody], ['schedule-deadline']],
    [
      'care arranged 30 min after custody',
      [screened('2026-03-01T20:30:00.000Z', child()), custody, arrangedAt('2026-03-01T21:30:00.000Z')],
      ['cancel-deadline', 'raise-alert', 'resolve-alert'],
    ],
    [
      'released from police custody before any care was recorded',
      [screened('2026-03-01T20:30:00.000Z', child()), custody, releasedWithoutCharge(arrest.data, { releasedAt: '2026-03-01T20:50:00.000Z' })],
      ['cancel-deadline', 'withdraw-alert'],
    ],
    ['not in custody', [screened('2026-03-01T20:30:00.000Z', child())], ['nothing']],
  ])('%s', (_name, facts, expected) => {
    expect(kinds(judged(rule, policy, arrest, ...(facts as never[])))).toEqual(expected);
  });

  it('is resolved late by the prison’s record of the child with the father, with how long after custody it came', () => {
    const admission = aPersonAdmitted({ personId, admittedAt: '2026-03-03T09:00:00.000Z', courtCaseReference: null });
    const record = aChildrenRecordedAtAdmission(admission.data, {
      recordedAt: '2026-03-03T10:00:00.000Z',
      children: [
        {
          childId: 'prison-dara',
          name: 'Dara',
          sex: 'male',
          detailsWithheld: null,
          dateOfBirth: '2019-06-02',
          birthYear: null,
          ageYears: null,
          livesWhere: null,
          custodyStatus: 'with-other-parent',
        },
      ],
    });
    const outcomes = judged(rule, policy, arrest, screened('2026-03-01T20:30:00.000Z', child()), custody, admission, record);
    expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ subjectKey: key, lateByMinutes: 37 * 60, resolvingEventIds: [expect.any(String)] });
  });

  it('counts children known only as a number, met by a judge’s note of their care', () => {
    const counted = aDependantsScreening(arrest.data, {
      askedAt: '2026-03-01T20:30:00.000Z',
      numberOfChildren: 3,
      consentToRecordChildDetails: false,
      children: [],
    });
    const present = `${arrest.data.arrestId}:children-present`;
    const alert = raised(atDeadline(rule, policy, present, '2026-03-01T21:00:00.000Z', arrest, counted, custody));
    expect(alert).toMatchObject({
      subjectKey: `${arrest.data.arrestId}:children-present`,
      childIds: [],
      dueAt: '2026-03-01T21:00:00.000Z',
      responsibleUnitId: 'PP-ANTI-DRUG',
    });
    expect(alert.summary).toBe(
      'The mother was taken into police custody at Chbar Ampov District Police Station on 2 Mar 2026, 04:00 GMT+7 before care was arranged for her 3 children.',
    );
    const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
    const noted = aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-02T21:00:00.000Z', careArrangementsNoted: 'With their father' });
    expect(kinds(judged(rule, policy, arrest, counted, custody, opened, noted))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
  });

  it('counts children seen at the arrest when nobody asked about them', () => {
    expect(raised(atDeadline(rule, policy, `${arrest.data.arrestId}:children-present`, '2026-03-01T21:00:00.000Z', arrest, custody))).toMatchObject({
      subjectKey: `${arrest.data.arrestId}:children-present`,
      childIds: [],
    });
  });

  it('owes nothing when no agency knows of a child', () => {
    const childless = anArrestMade({ circumstances: { ...arrest.data.circumstances, childrenPresent: 0 } });
    expect(kinds(judged(rule, policy, childless, takenIntoPoliceCustody(childless.data)))).toEqual(['nothing']);
  });

  it('decides the same whatever order the facts arrive in', () => {
    const late = arrangedAt('2026-03-01T21:30:00.000Z');
    const s = screened('2026-03-01T20:30:00.000Z', child());
    expect(judged(rule, policy, late, custody, s, arrest)).toEqual(judged(rule, policy, arrest, s, custody, late));
  });
});
