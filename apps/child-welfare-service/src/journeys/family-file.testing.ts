import type { AgencyEvent } from '../person-file/person-file';
import {
  aCareArrangementMade,
  aChildGivenExplanation,
  aDependantsScreening,
  aFamilyContactGiven,
  anArrestMade,
  caseFileHandedToProsecutor,
  takenIntoPoliceCustody,
  transferredToPrison,
} from '../../../../libs/contracts/src/testing/arrest-fixtures';
import {
  aCaseOpened,
  aFamilyNotifiedOfHearing,
  aHearingScheduled,
  aLegalRepresentationRecorded,
  anAppealFiled,
  aPretrialDetentionOrdered,
  aSentenceImposed,
  aVerdictDelivered,
} from '../../../../libs/contracts/src/testing/court-fixtures';
import {
  aChildrenRecordedAtAdmission,
  aFamilyNotified,
  aMedicalEventRecorded,
  aPersonAdmitted,
  aPhoneCallMade,
  aPrisonerTransferred,
  aReleaseScheduled,
  aVisitTookPlace,
} from '../../../../libs/contracts/src/testing/prison-fixtures';

/** The police's, the court's and the prison's references for the two children of the story. */
export interface FamilyStory {
  readonly personId: string;
  readonly events: readonly AgencyEvent[];
  readonly dara: { readonly policeId: string; readonly prisonId: string };
  readonly sophea: { readonly childId: string };
  readonly hearingId: string;
}

/**
 * Sok Channary's story across the three agencies, after the report's cases: arrested at home in
 * front of her two children, held before trial, sentenced, appealing. The police and the prison
 * give Sophea the same reference; the prison gives Dara a new one with the same name and date of
 * birth. The court's contract carries no child reference (only its judge's notes).
 */
export function aFamilyStory(): FamilyStory {
  const arrest = anArrestMade();
  const personId = arrest.data.person.personId;
  const dara = { policeId: 'police-child-dara', prisonId: 'prison-child-dara' };
  const sophea = { childId: 'child-sophea' };
  const father = { name: 'Chan Vuthy', relation: 'father', ageYears: 38, contact: null } as const;
  const screening = aDependantsScreening(arrest.data, {
    numberOfChildren: 2,
    children: [
      {
        childId: dara.policeId,
        name: 'Dara',
        sex: 'male',
        detailsWithheld: null,
        dateOfBirth: '2019-06-02',
        birthYear: null,
        ageYears: null,
        whereabouts: 'with-relative',
        caregiver: { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61, contact: null },
      },
      {
        childId: sophea.childId,
        name: 'Sophea',
        sex: 'female',
        detailsWithheld: null,
        dateOfBirth: null,
        birthYear: null,
        ageYears: 11,
        whereabouts: 'unknown',
        caregiver: null,
      },
    ],
  });
  const police = [
    arrest,
    screening,
    aChildGivenExplanation(arrest.data, dara.policeId),
    aCareArrangementMade(arrest.data, sophea.childId, { caregiver: father }),
    aFamilyContactGiven(arrest.data, [dara.policeId, sophea.childId]),
    takenIntoPoliceCustody(arrest.data),
    caseFileHandedToProsecutor(arrest.data),
    transferredToPrison(arrest.data),
  ];
  const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], openedAt: '2026-03-02T10:00:00.000Z' });
  const hearing = aHearingScheduled(opened.data);
  const court = [
    opened,
    aLegalRepresentationRecorded(opened.data, { represented: false, lawyerName: null, organisation: null }),
    aPretrialDetentionOrdered(opened.data),
    hearing,
    aFamilyNotifiedOfHearing(hearing.data),
    aVerdictDelivered(opened.data),
    aSentenceImposed(opened.data, { custodialMonths: 24, suspendedMonths: 0 }),
    anAppealFiled(opened.data),
  ];
  const admission = aPersonAdmitted({ personId, admittedAt: '2026-03-04T02:00:00.000Z' });
  const [, admittedSophea] = aChildrenRecordedAtAdmission(admission.data).data.children;
  const prison = [
    admission,
    aChildrenRecordedAtAdmission(admission.data, {
      children: [
        {
          childId: dara.prisonId,
          name: ' dara ',
          sex: 'male',
          detailsWithheld: null,
          dateOfBirth: '2019-06-02',
          birthYear: null,
          ageYears: null,
          livesWhere: 'With his grandmother Sok Mealea, Chbar Ampov',
          custodyStatus: 'with-relative',
        },
        { ...admittedSophea, childId: sophea.childId },
      ],
    }),
    aVisitTookPlace(admission.data, { childIds: [dara.prisonId], fee: { amount: 10_000, currency: 'KHR' }, setting: 'behind-bars-or-screen' }),
    aPhoneCallMade(admission.data, [dara.prisonId, sophea.childId]),
    aMedicalEventRecorded(admission.data),
    aPrisonerTransferred(admission.data),
    aFamilyNotified(admission.data),
    aReleaseScheduled(admission.data),
  ];
  return { personId, events: [...police, ...court, ...prison], dara, sophea, hearingId: hearing.data.hearingId };
}

/** A small seeded generator (mulberry32), so a shuffled delivery is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
