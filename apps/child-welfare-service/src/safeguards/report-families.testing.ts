import fc from 'fast-check';
import type { ChildRecord, ChildWhereabouts } from '@safeguard/contracts';
import {
  aConsularContactOffered,
  aCareArrangementMade,
  aChildGivenExplanation,
  aDependantsScreening,
  aFamilyContactGiven,
  anArrestMade,
  takenIntoPoliceCustody,
  transferredToPrison,
} from '../../../../libs/contracts/src/testing/arrest-fixtures';
import {
  aCaseOpened,
  aFamilyNotifiedOfHearing,
  aHearingScheduled,
  aPretrialDetentionOrdered,
  aSentenceImposed,
  aVerdictDelivered,
} from '../../../../libs/contracts/src/testing/court-fixtures';
import {
  aChildAdmittedWithParent,
  aChildAssessed,
  aChildBornInCustody,
  aChildLeftPrison,
  aChildrenRecordedAtAdmission,
  aConsularContactRecorded,
  aDisciplinarySanctionImposed,
  aFamilyNotified,
  aMedicalEventRecorded,
  aPersonAdmitted,
  aPersonReleased,
  aPrisonerTransferred,
  aReleaseScheduled,
  aVisitTookPlace,
} from '../../../../libs/contracts/src/testing/prison-fixtures';
import type { AgencyEvent } from '../person-file/person-file';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-01T13:00:00.000Z');
const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();

/** One child of the family as the report's cases show them: where she was, whether anyone arranged care, told her, or took her into prison. */
interface ChildPattern {
  readonly whereabouts: ChildWhereabouts;
  readonly ageYears: number;
  readonly careArrangedAfterHours: number | null;
  readonly toldAfterHours: number | null;
  readonly recordedByPrison: boolean;
}

/** A family's path through the three agencies, drawn from the patterns of the LICADHO report. */
export interface FamilyPattern {
  readonly personId: string;
  readonly childrenPresent: number;
  readonly screenedAfterHours: number | null;
  readonly consent: boolean;
  readonly children: readonly ChildPattern[];
  readonly babyWithHer: boolean;
  /** Where the police's screening says the baby is: with her mother, as she is, or wrongly alone or nobody knows where. */
  readonly babyAtScreening: ChildWhereabouts;
  /** Whether the baby went home to a relative, and how many days after admission. */
  readonly babyLeftPrisonAfterDays: number | null;
  /** A child born while her mother was held, and whether the prison recorded her, wrongly, as alone. */
  readonly bornInCustody: { readonly recordedAloneByPrison: boolean } | null;
  readonly familyContactAfterHours: number | null;
  readonly judgeAsked: boolean;
  readonly transferNoticeAfterHours: number | null;
  readonly hearingNoticeAfterHours: number | null;
  readonly releaseNoticeAfterHours: number | null;
  readonly visitsEveryDays: number | null;
  readonly released: boolean;
  /** A foreign national, and when (if ever) the police or, after admission, the prison offered consular contact. */
  readonly foreign: { readonly offeredByPoliceAfterHours: number | null; readonly offeredByPrisonAfterHours: number | null } | null;
  /** When the prison assessed the baby living with her, in days after admission. */
  readonly babyAssessedAfterDays: readonly number[];
  /** She was taken to hospital on day 50, and her family told after so many hours, or never. */
  readonly hospitalisedToldAfterHours: number | null | 'not-hospitalised';
  /** A sanction stopping family contact on day 60, for so many days. */
  readonly contactBannedForDays: number | null;
  /** Convicted on day 100 and sentenced to a prison term starting at once, the children's welfare weighed or not. */
  readonly sentenced: { readonly welfareWeighed: boolean } | null;
}

const whereabouts: fc.Arbitrary<ChildWhereabouts> = fc.constantFrom(
  'at-home-with-caregiver',
  'with-relative',
  'with-neighbour',
  'alone',
  'with-other-children-only',
  'unknown',
  'not-recorded',
  'at-school',
);

const child: fc.Arbitrary<ChildPattern> = fc.record({
  whereabouts,
  ageYears: fc.integer({ min: 1, max: 16 }),
  careArrangedAfterHours: fc.option(fc.constantFrom(0.2, 2, 30), { nil: null }),
  toldAfterHours: fc.option(fc.constantFrom(0.3, 5, 60), { nil: null }),
  recordedByPrison: fc.boolean(),
});

/** Families whose paths in prison also hold a foreign nationality, a baby's assessments and a sentence to prison. */
export const familyPatternInPrisonLife: fc.Arbitrary<FamilyPattern> = fc.record({
  personId: fc.uuid().map((u) => `person-${u}`),
  childrenPresent: fc.integer({ min: 0, max: 3 }),
  screenedAfterHours: fc.option(fc.constantFrom(0.5, 2, 40), { nil: null }),
  consent: fc.boolean(),
  children: fc.array(child, { minLength: 0, maxLength: 3 }),
  babyWithHer: fc.boolean(),
  babyAtScreening: fc.constantFrom<ChildWhereabouts>('with-parent-in-custody', 'alone', 'unknown'),
  babyLeftPrisonAfterDays: fc.option(fc.constantFrom(10, 150), { nil: null }),
  bornInCustody: fc.option(fc.record({ recordedAloneByPrison: fc.boolean() }), { nil: null }),
  familyContactAfterHours: fc.option(fc.constantFrom(1, 10), { nil: null }),
  judgeAsked: fc.boolean(),
  transferNoticeAfterHours: fc.option(fc.constantFrom(2, 60), { nil: null }),
  hearingNoticeAfterHours: fc.option(fc.constantFrom(24, 700), { nil: null }),
  releaseNoticeAfterHours: fc.option(fc.constantFrom(24, 900), { nil: null }),
  visitsEveryDays: fc.option(fc.constantFrom(10, 45), { nil: null }),
  released: fc.boolean(),
  foreign: fc.option(
    fc.record({
      offeredByPoliceAfterHours: fc.option(fc.constantFrom(1, 80), { nil: null }),
      offeredByPrisonAfterHours: fc.option(fc.constantFrom(30, 100), { nil: null }),
    }),
    { nil: null },
  ),
  babyAssessedAfterDays: fc.subarray([40, 100, 250]),
  hospitalisedToldAfterHours: fc.constantFrom<number | null | 'not-hospitalised'>('not-hospitalised', null, 5, 40),
  contactBannedForDays: fc.option(fc.constantFrom(7, 30), { nil: null }),
  sentenced: fc.option(fc.record({ welfareWeighed: fc.boolean() }), { nil: null }),
});

/** The report's families, held before trial and released, as the any-order properties read them. */
export const familyPattern: fc.Arbitrary<FamilyPattern> = familyPatternInPrisonLife.map((p) => ({
  ...p,
  foreign: null,
  babyAssessedAfterDays: [],
  sentenced: null,
}));

const caregiverFor = (w: ChildWhereabouts): ChildRecord['caregiver'] =>
  w === 'at-home-with-caregiver' || w === 'with-relative' || w === 'with-neighbour'
    ? { name: 'Sok Mealea', relation: w === 'with-neighbour' ? 'neighbour' : 'grandparent', ageYears: 58, contact: '+855 12 000 001' }
    : null;

/** Every fact the police, the court and the prison would publish for a family of this pattern, in the order they happened. */
export function factsOfFamily(p: FamilyPattern): AgencyEvent[] {
  const arrestId = `arrest-${p.personId}`;
  const arrest = anArrestMade({
    arrestId,
    arrestedAt: at(0),
    person: { ...anArrestMade().data.person, personId: p.personId, nationality: p.foreign ? 'VN' : 'KH' },
    circumstances: {
      childrenPresent: p.childrenPresent,
      afterDark: false,
      restraintsOrSirensInFrontOfChildren: false,
      searchWithChildPresent: false,
    },
  });
  const ref = (i: number) => `${p.personId}-child-${i}`;
  const babyRef = `${p.personId}-baby`;
  const records: ChildRecord[] = p.children.map((c, i) => ({
    childId: ref(i),
    name: `Child ${i}`,
    sex: i % 2 ? 'male' : 'female',
    detailsWithheld: null,
    dateOfBirth: null,
    birthYear: null,
    ageYears: c.ageYears,
    whereabouts: c.whereabouts,
    caregiver: caregiverFor(c.whereabouts),
  }));
  if (p.babyWithHer)
    records.push({
      childId: babyRef,
      name: 'Baby',
      sex: 'female',
      detailsWithheld: null,
      dateOfBirth: '2025-12-01',
      birthYear: null,
      ageYears: null,
      whereabouts: p.babyAtScreening,
      caregiver: null,
    });
  const events: AgencyEvent[] = [arrest, takenIntoPoliceCustody(arrest.data, { custodyAt: at(0.5) })];
  if (p.screenedAfterHours !== null) {
    events.push(
      aDependantsScreening(arrest.data, {
        askedAt: at(p.screenedAfterHours),
        numberOfChildren: records.length,
        consentToRecordChildDetails: p.consent,
        answer: records.length > 0 ? 'has-dependants' : 'no-dependants',
        children: p.consent ? records : [],
      }),
    );
  }
  p.children.forEach((c, i) => {
    if (c.careArrangedAfterHours !== null)
      events.push(
        aCareArrangementMade(arrest.data, ref(i), {
          arrangedAt: at(c.careArrangedAfterHours),
          caregiver: { name: 'Chan Vuthy', relation: 'father', ageYears: 40, contact: '+855 12 000 002' },
        }),
      );
    if (c.toldAfterHours !== null) events.push(aChildGivenExplanation(arrest.data, ref(i), { explainedAt: at(c.toldAfterHours) }));
  });
  if (p.familyContactAfterHours !== null) events.push(aFamilyContactGiven(arrest.data, [], { contactedAt: at(0.5 + p.familyContactAfterHours) }));
  const opened = aCaseOpened({
    caseId: `case-${p.personId}`,
    caseReference: `CR-${p.personId}`,
    personId: p.personId,
    arrestIds: [arrestId],
    openedAt: at(20),
  });
  const order = `DO-${p.personId}`;
  events.push(
    opened,
    aPretrialDetentionOrdered(opened.data, {
      decidedAt: at(22),
      askedAboutPregnancyAndDependants: p.judgeAsked,
      careArrangementsNoted: p.judgeAsked ? 'With their father' : null,
      detentionOrderReference: order,
    }),
  );
  events.push(transferredToPrison(arrest.data, { transferredAt: at(24), detentionOrderReference: order, prisonFacility: 'CC2' }));
  const admission = aPersonAdmitted({
    custodyId: `custody-${p.personId}`,
    personId: p.personId,
    admittedAt: at(25),
    courtCaseReference: opened.data.caseReference,
    orderReference: order,
    nationality: p.foreign ? 'VN' : 'KH',
  });
  events.push(admission);
  if (p.foreign?.offeredByPoliceAfterHours != null)
    events.push(aConsularContactOffered(arrest.data, { offeredAt: at(0.5 + p.foreign.offeredByPoliceAfterHours) }));
  if (p.foreign?.offeredByPrisonAfterHours != null)
    events.push(aConsularContactRecorded(admission.data, { recordedAt: at(p.foreign.offeredByPrisonAfterHours) }));
  if (p.hospitalisedToldAfterHours !== 'not-hospitalised') {
    events.push(aMedicalEventRecorded(admission.data, { occurredAt: at(24 * 50) }));
    if (p.hospitalisedToldAfterHours !== null)
      events.push(aFamilyNotified(admission.data, { about: 'medical', notifiedAt: at(24 * 50 + p.hospitalisedToldAfterHours) }));
  }
  if (p.contactBannedForDays !== null)
    events.push(
      aDisciplinarySanctionImposed(admission.data, {
        imposedAt: at(24 * 60),
        restrictsFamilyContact: true,
        sanction: 'No visits or calls',
        days: p.contactBannedForDays,
      }),
    );
  if (p.sentenced) {
    events.push(aVerdictDelivered(opened.data, 'convicted', { deliveredAt: at(24 * 100) }));
    events.push(aSentenceImposed(opened.data, { imposedAt: at(24 * 100), childrenWelfareConsidered: p.sentenced.welfareWeighed }));
  }
  if (p.babyWithHer) {
    const prisonBaby = `${p.personId}-prison-baby`;
    events.push(aChildAdmittedWithParent(admission.data, { childId: prisonBaby, admittedAt: at(25), dateOfBirth: '2025-12-01' }));
    for (const days of p.babyAssessedAfterDays) events.push(aChildAssessed(admission.data, prisonBaby, { assessedAt: at(25 + 24 * days) }));
    if (p.babyLeftPrisonAfterDays !== null)
      events.push(aChildLeftPrison(admission.data, prisonBaby, { leftAt: at(25 + 24 * p.babyLeftPrisonAfterDays) }));
  }
  if (p.bornInCustody) {
    const newborn = `${p.personId}-newborn`;
    events.push(aChildBornInCustody(admission.data, { childId: newborn, bornAt: at(24 * 50) }));
    if (p.bornInCustody.recordedAloneByPrison) {
      events.push(
        aChildrenRecordedAtAdmission(admission.data, {
          recordedAt: at(24 * 51),
          numberOfChildren: 1,
          children: [
            {
              childId: newborn,
              name: null,
              sex: 'female',
              detailsWithheld: 'not-asked',
              dateOfBirth: null,
              birthYear: null,
              ageYears: 0,
              livesWhere: null,
              custodyStatus: 'alone',
            },
          ],
        }),
      );
    }
  }
  const byPrison = p.children.map((c, i) => ({ c, i })).filter(({ c }) => c.recordedByPrison);
  if (byPrison.length > 0) {
    events.push(
      aChildrenRecordedAtAdmission(admission.data, {
        recordedAt: at(26),
        numberOfChildren: byPrison.length,
        children: byPrison.map(({ i }) => ({
          childId: ref(i),
          name: `Child ${i}`,
          sex: i % 2 ? 'male' : 'female',
          detailsWithheld: null,
          dateOfBirth: null,
          birthYear: null,
          ageYears: p.children[i].ageYears,
          livesWhere: 'With their father',
          custodyStatus: 'with-other-parent',
        })),
      }),
    );
  }
  events.push(aPrisonerTransferred(admission.data, { transferredAt: at(24 * 20), fromFacilityId: 'CC2', toFacilityId: 'PJ' }));
  if (p.transferNoticeAfterHours !== null)
    events.push(aFamilyNotified(admission.data, { about: 'transfer', notifiedAt: at(24 * 20 + p.transferNoticeAfterHours) }));
  const hearing = aHearingScheduled(opened.data, {
    hearingId: `hearing-${p.personId}`,
    scheduledAt: at(24 * 10),
    scheduledAtSource: 'stated-by-agency',
    hearingAt: at(24 * 40),
  });
  events.push(hearing);
  if (p.hearingNoticeAfterHours !== null)
    events.push(aFamilyNotifiedOfHearing(hearing.data, { notifiedAt: at(24 * 10 + p.hearingNoticeAfterHours) }));
  if (p.visitsEveryDays !== null) {
    for (let day = 30; day < 120; day += p.visitsEveryDays) {
      events.push(
        aVisitTookPlace(admission.data, {
          visitId: `visit-${p.personId}-${day}`,
          visitedAt: at(24 * day),
          childIds: p.children.map((_, i) => ref(i)),
        }),
      );
    }
  }
  const releaseOn = at(24 * 120);
  events.push(
    aReleaseScheduled(admission.data, { scheduledAt: at(24 * 90), scheduledAtSource: 'stated-by-agency', releaseOn, reason: 'judicial-supervision' }),
  );
  if (p.releaseNoticeAfterHours !== null)
    events.push(aFamilyNotified(admission.data, { about: 'release', isCaregiver: true, notifiedAt: at(24 * 90 + p.releaseNoticeAfterHours) }));
  if (p.released) events.push(aPersonReleased(admission.data, { releasedAt: releaseOn }));
  return events;
}

/** When the property tests read the board: every deadline of the families above has passed. */
export const AFTER_EVERY_DEADLINE = new Date(T0 + 24 * 200 * HOUR);
