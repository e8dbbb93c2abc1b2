import { aCaseOpened, aFamilyNotifiedOfHearing, aHearingScheduled } from '@safeguard/contracts/testing/court-fixtures';
import {
  aFamilyNotified,
  aMedicalEventRecorded,
  aPersonAdmitted,
  aPrisonerTransferred,
  aReleaseScheduled,
} from '@safeguard/contracts/testing/prison-fixtures';
import { fileOf } from '../person-file/person-file.testing';
import { childKeyDates, parentKeyDates } from './key-dates';

const admission = aPersonAdmitted({ admittedAt: '2026-03-04T02:00:00.000Z' });
const personId = admission.data.personId;
const opened = aCaseOpened({ personId });
const day = (n: number) => new Date(Date.parse(admission.data.admittedAt) + n * 24 * 60 * 60_000).toISOString();

describe('the dates the family is owed', () => {
  describe('when a hearing is set and the court phones the family', () => {
    const hearing = aHearingScheduled(opened.data);
    const [date] = parentKeyDates(fileOf(admission, opened, hearing, aFamilyNotifiedOfHearing(hearing.data)));

    it('shows the hearing as told, when it was told', () => {
      expect(date).toMatchObject({
        kind: 'hearing',
        at: hearing.data.hearingAt,
        familyTold: true,
        toldAt: aFamilyNotifiedOfHearing(hearing.data).data.notifiedAt,
      });
    });
  });

  describe('when a hearing is moved after the family was told of the first date', () => {
    const first = aHearingScheduled(opened.data, { hearingId: 'h1', scheduledAt: '2026-09-01T00:00:00.000Z', hearingAt: '2026-10-01T00:00:00.000Z' });
    const told = aFamilyNotifiedOfHearing(first.data, { notifiedAt: '2026-09-02T00:00:00.000Z' });
    const moved = aHearingScheduled(opened.data, { hearingId: 'h1', scheduledAt: '2026-09-20T00:00:00.000Z', hearingAt: '2026-11-15T00:00:00.000Z' });

    it('keeps the new date, not yet told', () => {
      expect(parentKeyDates(fileOf(admission, opened, first, told, moved))).toEqual([
        expect.objectContaining({ at: '2026-11-15T00:00:00.000Z', familyTold: false }),
      ]);
    });
  });

  describe('when she is moved twice and the family is told only after the second move', () => {
    const first = aPrisonerTransferred(admission.data, { transferredAt: day(30), toFacilityId: 'KANDAL-PRISON' });
    const second = aPrisonerTransferred(admission.data, { transferredAt: day(90), fromFacilityId: 'KANDAL-PRISON', toFacilityId: 'CC2' });
    const notice = aFamilyNotified(admission.data, { notifiedAt: day(91) });

    it('counts the notice for the second move only', () => {
      expect(parentKeyDates(fileOf(admission, first, second, notice)).map((d) => [d.kind, d.at, d.familyTold])).toEqual([
        ['transfer', day(30), false],
        ['transfer', day(90), true],
      ]);
    });
  });

  describe('when the child living in prison is taken to hospital', () => {
    const childIll = aMedicalEventRecorded(admission.data, { childId: 'baby', occurredAt: day(20) });
    const minor = aMedicalEventRecorded(admission.data, { occurredAt: day(25), kind: 'other', serious: false });
    const notice = aFamilyNotified(admission.data, { about: 'medical', notifiedAt: day(21) });
    const file = fileOf(admission, childIll, minor, notice);

    it("is a date for that child's family only, and a minor event is no date at all", () => {
      const parent = parentKeyDates(file);
      expect(parent).toEqual([]);
      expect(childKeyDates(file, ['baby'], parent)).toEqual([expect.objectContaining({ kind: 'medical', familyTold: true, toldAt: day(21) })]);
      expect(childKeyDates(file, ['sibling'], parent)).toEqual([]);
    });
  });

  describe('when the release is scheduled and nobody is told', () => {
    it('shows the release date as owed', () => {
      const release = aReleaseScheduled(admission.data);
      expect(parentKeyDates(fileOf(admission, release))).toEqual([
        expect.objectContaining({ kind: 'release', at: release.data.releaseOn, familyTold: false, toldAt: null }),
      ]);
    });
  });

  describe('when the family was told of a release before it was scheduled', () => {
    it('does not count that notice: it cannot have given the date', () => {
      const early = aFamilyNotified(admission.data, { about: 'release', notifiedAt: day(300) });
      expect(parentKeyDates(fileOf(admission, early, aReleaseScheduled(admission.data)))[0].familyTold).toBe(false);
    });
  });
});
