import { aDependantsScreening, anArrestMade, takenIntoPoliceCustody, transferredToPrison } from '@safeguard/contracts/testing/arrest-fixtures';
import { aCaseOpened, aFamilyNotifiedOfHearing, aHearingScheduled, aPretrialDetentionOrdered } from '@safeguard/contracts/testing/court-fixtures';
import {
  aChildAdmittedWithParent,
  aChildrenRecordedAtAdmission,
  aFamilyNotified,
  aPersonAdmitted,
  aPersonReleased,
} from '@safeguard/contracts/testing/prison-fixtures';
import { fileOf } from '../person-file/person-file.testing';
import { parentAt } from './dependants';
import { familyViewOf } from './family-view';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const personId = arrest.data.person.personId;
const baby = {
  childId: 'police-baby',
  name: 'Mony',
  sex: 'female',
  dateOfBirth: '2025-11-02',
  birthYear: null,
  detailsWithheld: null,
  ageYears: null,
  caregiver: null,
} as const;
const withHerAtTheStation = aDependantsScreening(arrest.data, {
  askedAt: '2026-03-01T21:00:00.000Z',
  children: [{ ...baby, whereabouts: 'with-parent-in-custody' }],
});
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T21:30:00.000Z' });
const admission = aPersonAdmitted({ personId, admittedAt: '2026-03-03T09:00:00.000Z', courtCaseReference: null, orderReference: 'DO-1' });

describe('the reconciled family view', () => {
  describe('a baby kept with her mother at the police station, then admitted to prison with her', () => {
    const view = familyViewOf(
      fileOf(
        arrest,
        withHerAtTheStation,
        custody,
        transferredToPrison(arrest.data, { transferredAt: '2026-03-03T08:00:00.000Z', detentionOrderReference: 'DO-1' }),
        admission,
        aChildAdmittedWithParent(admission.data, { childId: 'prison-baby', dateOfBirth: baby.dateOfBirth }),
      ),
    );

    it('is one child known to both agencies, never without care', () => {
      expect(view.children).toHaveLength(1);
      const [child] = view.children;
      expect(child.recordedBy).toEqual(['police', 'prison']);
      expect(child.placements.map((p) => p.care.kind)).toEqual(['with-parent-in-police-custody', 'in-prison-with-parent']);
      expect(child.inPrison).toMatchObject([{ custodyId: admission.data.custodyId, left: null }]);
    });

    it('joins the prison custody to the arrest through the police transfer, and ends police custody at the transfer', () => {
      expect(view.arrests[0].custodyIds).toEqual([admission.data.custodyId]);
      expect(view.custodies[0].arrestId).toBe(arrest.data.arrestId);
      expect(view.arrests[0].custodyEnds[0]).toMatchObject({ agency: 'police', eventType: 'TransferredToPrison', at: '2026-03-03T08:00:00.000Z' });
    });
  });

  it('sees children alone when the prison records them so, though the police never asked', () => {
    const alone = aChildrenRecordedAtAdmission(admission.data, {
      children: [
        {
          childId: 'prison-child',
          name: 'Vibol',
          sex: 'male',
          dateOfBirth: null,
          birthYear: null,
          detailsWithheld: null,
          ageYears: 9,
          livesWhere: null,
          custodyStatus: 'alone',
        },
      ],
    });
    const view = familyViewOf(fileOf(arrest, custody, admission, alone));
    expect(view.children[0].placements[0]).toMatchObject({
      ref: 'prison-child',
      care: { kind: 'unsafe', reason: 'the child is alone' },
      evidence: { agency: 'prison', unitId: 'CC2' },
    });
    expect(view.arrests[0].askedAboutChildren).toMatchObject([{ agency: 'prison', eventType: 'ChildrenRecordedAtAdmission' }]);
  });

  it('joins an admission to the arrest by the case reference, or by time when no reference joins them', () => {
    const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], caseReference: 'PPCFI-9' });
    const byCase = aPersonAdmitted({ personId, admittedAt: '2026-03-03T09:00:00.000Z', courtCaseReference: 'PPCFI-9', orderReference: 'unknown' });
    expect(familyViewOf(fileOf(arrest, opened, byCase)).custodies[0].arrestId).toBe(arrest.data.arrestId);
    const byTime = aPersonAdmitted({ personId, admittedAt: '2026-03-03T09:00:00.000Z', courtCaseReference: null, orderReference: 'unknown' });
    expect(familyViewOf(fileOf(arrest, custody, byTime)).custodies[0].arrestId).toBe(arrest.data.arrestId);
  });

  it('knows she has children from the arrest record alone, without inventing a child', () => {
    const view = familyViewOf(fileOf(arrest));
    expect(view.children).toEqual([]);
    expect(view.dependants.count).toBe(2);
    expect(parentAt(view.dependants, arrest.data.arrestedAt)).toMatchObject({ agency: 'police', eventType: 'ArrestMade' });
  });

  it('takes her own "no dependants" over the children seen at the arrest, but not over a later record of her children', () => {
    const no = aDependantsScreening(arrest.data, { answer: 'no-dependants', numberOfChildren: 0, children: [] });
    expect(parentAt(familyViewOf(fileOf(arrest, no)).dependants, '2026-04-01T00:00:00.000Z')).toBeNull();
    const later = aChildrenRecordedAtAdmission(admission.data, { recordedAt: '2026-03-04T09:00:00.000Z' });
    const view = familyViewOf(fileOf(arrest, no, admission, later));
    expect(view.dependants.deniedBy).toBeNull();
    expect(view.dependants.shownBy.map((s) => s.evidence.agency)).toEqual(['police', 'prison']);
  });

  describe('hearings', () => {
    const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
    const hearing = aHearingScheduled(opened.data, {
      scheduledAt: '2026-04-01T02:00:00.000Z',
      scheduledAtSource: 'stated-by-agency',
      hearingAt: '2026-05-01T02:00:00.000Z',
    });

    it('count the court’s notice and the prison’s notice of a legal date, given between the scheduling and the hearing', () => {
      const court = aFamilyNotifiedOfHearing(hearing.data, { notifiedAt: '2026-04-02T02:00:00.000Z' });
      const prison = aFamilyNotified(admission.data, { about: 'legal-date', notifiedAt: '2026-04-03T02:00:00.000Z' });
      const early = aFamilyNotified(admission.data, { about: 'legal-date', notifiedAt: '2026-03-20T02:00:00.000Z' });
      const [h] = familyViewOf(fileOf(opened, aPretrialDetentionOrdered(opened.data), admission, hearing, court, prison, early)).cases[0].hearings;
      expect(h.notices.map((n) => n.agency).sort()).toEqual(['court', 'prison']);
    });

    it('count a notice dated before a scheduling time the court service stamped itself on receipt', () => {
      const stamped = aHearingScheduled(opened.data, {
        ...hearing.data,
        scheduledAtSource: 'time-of-receipt',
        scheduledAt: '2026-04-05T02:00:00.000Z',
      });
      const told = aFamilyNotifiedOfHearing(stamped.data, { notifiedAt: '2026-04-02T02:00:00.000Z' });
      expect(familyViewOf(fileOf(opened, stamped, told)).cases[0].hearings[0].notices).toHaveLength(1);
    });
  });

  it('ends a detention spell with her release from prison, whichever agency recorded it', () => {
    const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
    const ordered = aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-03T04:00:00.000Z' });
    const released = aPersonReleased(admission.data, { releasedAt: '2026-06-01T04:00:00.000Z' });
    const [spell] = familyViewOf(fileOf(opened, ordered, admission, released)).cases[0].detentions;
    expect(spell.ended).toMatchObject({ agency: 'prison', at: '2026-06-01T04:00:00.000Z' });
  });
});
