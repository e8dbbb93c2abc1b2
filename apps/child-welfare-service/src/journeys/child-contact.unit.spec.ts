import { aFamilyContactGiven, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { aPersonAdmitted, aPhoneCallMade, aVisitTookPlace } from '@safeguard/contracts/testing/prison-fixtures';
import { fileOf } from '../person-file/person-file.testing';
import { contactSummary } from './child-contact';

const arrest = anArrestMade();
const admission = aPersonAdmitted({ personId: arrest.data.person.personId, admittedAt: '2026-03-04T02:00:00.000Z' });
const dara = { childIds: ['dara', 'prison-dara'], recordedByPolice: true };

describe("a child's contact with the parent", () => {
  describe('when the child visits twice, once paying, and is named in one call of two', () => {
    const file = fileOf(
      arrest,
      admission,
      aVisitTookPlace(admission.data, { childIds: ['prison-dara'], fee: { amount: 10_000, currency: 'KHR' }, visitedAt: '2026-03-10T02:00:00.000Z' }),
      aVisitTookPlace(admission.data, { childIds: ['dara'], fee: null, setting: 'contact-visit', visitedAt: '2026-03-20T02:00:00.000Z' }),
      aVisitTookPlace(admission.data, { childIds: ['sibling'], visitedAt: '2026-03-25T02:00:00.000Z' }),
      aPhoneCallMade(admission.data, ['prison-dara'], { calledAt: '2026-03-12T02:00:00.000Z' }),
      aPhoneCallMade(admission.data, [], { calledAt: '2026-03-22T02:00:00.000Z' }),
    );

    it('counts the visits under any of its references, the paid one, the call, and the latest contact', () => {
      expect(contactSummary(file.facts, dara)).toMatchObject({ visits: 2, calls: 1, visitsCharged: 1, lastContactAt: '2026-03-20T02:00:00.000Z' });
    });
  });

  describe('when the contact at the arrest named no child', () => {
    const file = fileOf(arrest, aFamilyContactGiven(arrest.data, []));

    it('counts for the children the police recorded, not for one they never knew of', () => {
      expect(contactSummary(file.facts, dara).entries.map((e) => e.kind)).toEqual(['family-contact-at-arrest']);
      expect(contactSummary(file.facts, { childIds: ['born-later'], recordedByPolice: false }).entries).toEqual([]);
    });
  });
});
