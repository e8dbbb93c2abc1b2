import * as arrestFixtures from '@safeguard/contracts/testing/arrest-fixtures';
import * as court from '@safeguard/contracts/testing/court-fixtures';
import * as prison from '@safeguard/contracts/testing/prison-fixtures';
import type { AgencyEvent } from '../person-file/person-file';
import { factOf, fileOf } from '../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../safeguards/policy';
import { ruleWordsFor } from '../safeguards/rule-words';
import { childTimeline, factSummary, type TimelineVoice } from './journey-timeline';
import { projectFamilyJourney } from './project-family-journey';

const { anArrestMade, aDependantsScreening } = arrestFixtures;
const voiceOf = (jurisdiction: typeof cambodiaPolicy, sex: string | null): TimelineVoice => {
  const words = ruleWordsFor(jurisdiction);
  return { words, parent: words.parent(sex) };
};
const cambodiaMother = voiceOf(cambodiaPolicy, 'female');
const californiaFather = voiceOf(californiaPolicy, 'male');
const line = (event: AgencyEvent, voice: TimelineVoice = cambodiaMother) => factSummary(factOf(event), voice);

const arrest = anArrestMade();
const opened = court.aCaseOpened({ personId: arrest.data.person.personId, arrestIds: [arrest.data.arrestId] });
const admission = prison.aPersonAdmitted({ personId: arrest.data.person.personId });
const hearing = court.aHearingScheduled(opened.data, { hearingAt: '2026-12-02T18:30:00.000Z' });
const childMedical = prison.aChildMedicalEventRecorded(admission.data, 'child-1');
const appeal = court.anAppealFiled(opened.data, { detainedPendingAppeal: true });

/** One of every record the agencies publish: the timeline must word each of them. */
const everyRecord: readonly AgencyEvent[] = [
  arrest,
  aDependantsScreening(arrest.data),
  arrestFixtures.aCareArrangementMade(arrest.data, 'child-1'),
  arrestFixtures.aFamilyContactGiven(arrest.data, ['child-1']),
  arrestFixtures.aChildGivenExplanation(arrest.data, 'child-1'),
  arrestFixtures.takenIntoPoliceCustody(arrest.data),
  arrestFixtures.broughtBeforeJudicialAuthority(arrest.data),
  arrestFixtures.policeCustodyExtended(arrest.data),
  arrestFixtures.releasedWithoutCharge(arrest.data),
  arrestFixtures.releasedOnPoliceBail(arrest.data),
  arrestFixtures.releasedOnJudicialOrder(arrest.data),
  arrestFixtures.aConsularContactOffered(arrest.data),
  arrestFixtures.caseFileHandedToProsecutor(arrest.data),
  arrestFixtures.transferredToPrison(arrest.data),
  arrestFixtures.anArrestRecordCorrected(arrest.data),
  opened,
  court.aLegalRepresentationRecorded(opened.data),
  court.aPretrialDetentionOrdered(opened.data),
  court.aPretrialDetentionExtended(opened.data),
  hearing,
  court.aFamilyNotifiedOfHearing(hearing.data),
  court.aVerdictDelivered(opened.data),
  court.aSentenceImposed(opened.data),
  appeal,
  court.anAppealDecided(appeal.data),
  court.aClemencyGranted(opened.data),
  court.aCaseClosed(opened.data),
  admission,
  prison.aChildrenRecordedAtAdmission(admission.data),
  prison.aChildAdmittedWithParent(admission.data),
  prison.aChildAssessed(admission.data, 'child-1'),
  prison.aChildLeftPrison(admission.data, 'child-1'),
  prison.aPregnancyRecorded(admission.data, { expectedDeliveryDate: '2027-01-31' }),
  prison.aChildBornInCustody(admission.data),
  prison.aVisitTookPlace(admission.data, { fee: { amount: 20000, currency: 'KHR' } }),
  prison.aPhoneCallMade(admission.data, ['child-1']),
  prison.aPrisonerTransferred(admission.data),
  prison.aFamilyNotified(admission.data),
  prison.aMedicalEventRecorded(admission.data),
  childMedical,
  prison.aParentToldOfChildMedicalEvent(childMedical.data),
  prison.aReleaseScheduled(admission.data),
  prison.aPersonReleased(admission.data),
  prison.aHomeLeaveGranted(admission.data),
  prison.aReturnedFromHomeLeave(admission.data),
  prison.aConsularContactRecorded(admission.data),
  prison.aDisciplinarySanctionImposed(admission.data, { days: 1, restrictsFamilyContact: true }),
];

/** Every code a record carries in a field the line reads: kebab-case enum values. */
const CODE = /\b[a-z]+(?:-[a-z]+)+\b/;
/** Words that happen to be hyphenated in English, not codes. */
const ENGLISH = new Set(['pre-trial', 'drug-related']);

describe('a timeline line', () => {
  describe.each([
    ['Cambodia, a mother', cambodiaMother],
    ['California, a father', californiaFather],
  ])('in %s', (_, voice) => {
    it.each(everyRecord.map((e) => [e.type, e] as const))('words %s without a code, an event type or an ISO time', (type, event) => {
      const text = line(event, voice);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toContain(type);
      expect(text.match(new RegExp(CODE, 'g'))?.filter((w) => !ENGLISH.has(w)) ?? []).toEqual([]);
      expect(text).not.toMatch(/\b1 (months|days|children|charges)\b|\b([02-9]|\d{2,}) (month|day|child|charge)\b/);
    });
  });

  it('says a time near midnight UTC on the next day in Phnom Penh, and on the same day in Los Angeles', () => {
    // 18:30 UTC on 2 Dec is 01:30 on 3 Dec in Phnom Penh (UTC+7) and 10:30 on 2 Dec in Los Angeles (UTC-8).
    expect(line(hearing, cambodiaMother)).toContain('set for 3 Dec 2026, 01:30 GMT+7');
    expect(line(hearing, californiaFather)).toContain('set for Dec 2, 2026, 10:30 PST');
  });

  it('says a due date as the calendar day written, in the locale’s order', () => {
    const pregnancy = prison.aPregnancyRecorded(admission.data, { expectedDeliveryDate: '2027-01-31' });
    expect(line(pregnancy, cambodiaMother)).toBe('Pregnancy recorded, due 31 Jan 2027');
    expect(line(pregnancy, californiaFather)).toBe('Pregnancy recorded, due Jan 31, 2027');
  });

  it('speaks of the parent in the sex the record gives, or neutrally', () => {
    const contact = arrestFixtures.aFamilyContactGiven(arrest.data, ['child-1']);
    expect(line(contact, cambodiaMother)).toMatch(/^The mother contacted /);
    expect(line(contact, californiaFather)).toMatch(/^The father contacted /);
    expect(line(contact, voiceOf(cambodiaPolicy, null))).toMatch(/^The parent contacted /);
    expect(line(appeal, californiaFather)).toContain('; he is kept in detention meanwhile');
    expect(line(appeal, voiceOf(cambodiaPolicy, 'other'))).toContain('; they are kept in detention meanwhile');
    expect(line(aDependantsScreening(arrest.data, { numberOfChildren: 1 }), californiaFather)).toBe(
      'Asked by the police about children: he said he has 1 child',
    );
  });

  it('counts in the singular and plural it needs', () => {
    expect(line(court.aPretrialDetentionExtended(opened.data, { additionalMonths: 1 }))).toMatch(/ for 1 month$/);
    expect(line(prison.aDisciplinarySanctionImposed(admission.data, { days: 1, restrictsFamilyContact: false }))).toMatch(/, for 1 day$/);
    expect(line(prison.aDisciplinarySanctionImposed(admission.data, { days: 14, restrictsFamilyContact: true }))).toMatch(
      /, for 14 days, restricting contact with her family$/,
    );
  });
});

describe("a child's own line in a record of all the children", () => {
  it('says where the police and the prison recorded the child in words', () => {
    const screening = aDependantsScreening(arrest.data);
    const recorded = prison.aChildrenRecordedAtAdmission(admission.data);
    const [police, atAdmission] = childTimeline(
      [factOf(screening), factOf(recorded)],
      [screening.data.children[0].childId, recorded.data.children[0].childId],
      cambodiaMother,
    );
    expect(police.summary).toBe('Recorded by the police at the arrest: with a relative, cared for by Sok Mealea (a grandparent)');
    expect(atAdmission.summary).toBe(
      'Recorded by the prison at admission: With his grandmother Sok Mealea, Village 3, Sangkat Chbar Ampov, Phnom Penh (with a relative)',
    );
  });
});

describe('a baby in the journey', () => {
  // Born 14 Aug 2025, admitted with her mother; the last record (an assessment) is in January 2026.
  const admitted = prison.aPersonAdmitted({ personId: arrest.data.person.personId, admittedAt: '2026-01-10T02:00:00.000Z' });
  const baby = prison.aChildAdmittedWithParent(admitted.data, { dateOfBirth: '2025-08-14' });
  const assessed = prison.aChildAssessed(admitted.data, baby.data.childId, { assessedAt: '2026-01-20T02:00:00.000Z' });
  const file = fileOf(admitted, baby, assessed);

  it('is 5 months old, said in months, with the months beside the words', () => {
    const [child] = projectFamilyJourney(file, cambodiaPolicy).children;
    expect(child).toMatchObject({ ageYears: 0, ageMonths: 5, age: '5 months', timeZone: 'Asia/Phnom_Penh', locale: 'en-GB' });
  });

  it('keeps the machine fields beside the words: the ISO time and the event type', () => {
    const [child] = projectFamilyJourney(file, californiaPolicy).children;
    expect(child.timeZone).toBe('America/Los_Angeles');
    expect(child.timeline.find((t) => t.source.eventType === 'ChildAssessed')).toMatchObject({
      at: '2026-01-20T02:00:00.000Z',
      summary: expect.stringMatching(/^The child was assessed: /),
    });
  });
});
