import { anArrestMade, anArrestRecordCorrected, aDependantsScreening } from '@safeguard/contracts/testing/arrest-fixtures';
import { aChildrenRecordedAtAdmission, aPersonAdmitted, aPersonReleased } from '@safeguard/contracts/testing/prison-fixtures';
import { personFileOf } from '../person-file/person-file';
import { factOf, fileOf } from '../person-file/person-file.testing';
import { aFamilyStory, shuffled } from './family-file.testing';
import { projectFamilyJourney } from './project-family-journey';
import { cambodiaPolicy } from '../safeguards/policy';

describe('the family journey', () => {
  describe('when the police, the court and the prison have all published about a mother of two', () => {
    const story = aFamilyStory();
    const journey = projectFamilyJourney(fileOf(...story.events), cambodiaPolicy);
    const [dara, sophea] = journey.children;

    it('keeps each child once, whatever reference each agency gave', () => {
      expect(journey.children.map((c) => [c.childKey, c.childIds, c.recordedBy])).toEqual([
        ['police-child-dara', ['police-child-dara', 'prison-child-dara'], ['police', 'prison']],
        ['child-sophea', ['child-sophea'], ['police', 'prison']],
      ]);
      expect(journey.parent.childKeys).toEqual(['police-child-dara', 'child-sophea']);
      expect(journey.reviewFlags).toEqual([]);
    });

    it("follows the mother's path as the children live it", () => {
      expect(dara.stage).toBe('appeal-pending');
      expect(dara.stageHistory.map((s) => s.stage)).toEqual([
        'arrested',
        'in-police-custody',
        'charged',
        'pre-trial-detention',
        'on-trial',
        'sentenced-custodial',
        'imprisoned',
        'appeal-pending',
      ]);
      expect(sophea.stageHistory).toEqual(journey.parent.stageHistory);
    });

    it('places each child with its own caregiver over time', () => {
      expect(dara.location).toMatchObject({ type: 'with-relative', caregiverName: 'Sok Mealea' });
      expect(sophea.locationHistory.map((s) => s.type)).toEqual(['unknown', 'at-home-with-other-parent']);
    });

    it("counts each child's contact with her: the paid visit behind a screen is Dara's alone", () => {
      expect(dara.contact).toMatchObject({ visits: 1, calls: 1, visitsCharged: 1 });
      expect(sophea.contact).toMatchObject({ visits: 0, calls: 1, visitsCharged: 0 });
      expect(sophea.contact.entries.map((e) => e.kind)).toEqual(['family-contact-at-arrest', 'call']);
    });

    it('gives every child the dates the family is owed, told or not', () => {
      expect(dara.keyDates.map((d) => [d.kind, d.familyTold])).toEqual([
        ['transfer', false],
        ['medical', false],
        ['transfer', true],
        ['hearing', true],
        ['release', false],
      ]);
      expect(sophea.keyDates).toEqual(dara.keyDates);
    });

    it("tells each child's story in plain words, without a sibling's visit", () => {
      expect(dara.timeline[0]).toMatchObject({
        summary: expect.stringContaining('Arrested at Home, Chbar Ampov, Phnom Penh, by police unit PP-ANTI-DRUG on suspicion of drug possession'),
        source: { agency: 'police', eventType: 'ArrestMade' },
      });
      expect(dara.timeline.map((t) => t.summary)).toContainEqual(
        expect.stringContaining('Pre-trial detention ordered by Investigating Judge Heng Sovann, Phnom Penh Court of First Instance for 6 months'),
      );
      expect(dara.timeline.map((t) => t.source.eventType)).toContain('VisitTookPlace');
      expect(sophea.timeline.map((t) => t.source.eventType)).not.toContain('VisitTookPlace');
    });

    it('sums up the mother: where she is held, her lawyer, her children', () => {
      expect(journey.parent).toMatchObject({
        name: 'Sok Channary',
        facilityId: 'KANDAL-PRISON',
        hasLawyer: false,
        declaredChildren: 2,
        pregnant: false,
      });
      expect(journey.parent.arrestIds).toHaveLength(1);
      expect(journey.parent.caseIds).toHaveLength(1);
      expect(journey.parent.custodyIds).toHaveLength(1);
    });

    it.each([1, 7, 42, 2026, 90210])('is the same journey when the facts arrive shuffled (seed %i) and twice over', (seed) => {
      const facts = story.events.map((e) => factOf(e));
      const redelivered = personFileOf(story.personId, shuffled([...facts, ...shuffled(facts, seed + 1)], seed));
      expect(projectFamilyJourney(redelivered, cambodiaPolicy)).toEqual(journey);
    });
  });

  describe('when the prison records fewer children than the police did, with no reason given', () => {
    const arrest = anArrestMade();
    const admission = aPersonAdmitted({ personId: arrest.data.person.personId, admittedAt: '2026-03-04T02:00:00.000Z' });
    const recorded = aChildrenRecordedAtAdmission(admission.data);
    const journey = projectFamilyJourney(
      fileOf(arrest, aDependantsScreening(arrest.data, { numberOfChildren: 3 }), admission, recorded),
      cambodiaPolicy,
    );

    it("flags the family's record for review", () => {
      expect(journey.reviewFlags).toContainEqual(
        expect.objectContaining({
          kind: 'children-count-differs',
          childKey: null,
          message: expect.stringContaining('the police recorded 3 at the arrest'),
        }),
      );
    });
  });

  describe('when she declined to tell the prison about her children', () => {
    const arrest = anArrestMade();
    const admission = aPersonAdmitted({ personId: arrest.data.person.personId, admittedAt: '2026-03-04T02:00:00.000Z' });
    const declined = aChildrenRecordedAtAdmission(admission.data, {
      answer: 'declined-to-say',
      numberOfChildren: null,
      consentToRecordDetails: false,
      children: [],
    });

    it('does not flag it: she is never forced to answer (Bangkok Rule 3)', () => {
      const journey = projectFamilyJourney(
        fileOf(arrest, aDependantsScreening(arrest.data, { numberOfChildren: 1 }), admission, declined),
        cambodiaPolicy,
      );
      expect(journey.reviewFlags.filter((f) => f.kind === 'children-count-differs')).toEqual([]);
    });
  });

  describe('when the police correct her name and she is later released', () => {
    const arrest = anArrestMade();
    const corrected = anArrestRecordCorrected(arrest.data, { field: 'person.name', previousValue: 'Sok Channary', correctedValue: 'Sok Chanthy' });
    const admission = aPersonAdmitted({ personId: arrest.data.person.personId, admittedAt: '2026-03-04T02:00:00.000Z' });
    const journey = projectFamilyJourney(fileOf(arrest, corrected, admission, aPersonReleased(admission.data)), cambodiaPolicy);

    it('shows the corrected name, no prison, and the release as her stage', () => {
      expect(journey.parent).toMatchObject({ name: 'Sok Chanthy', facilityId: null, stage: 'released' });
    });
  });
});
