import { Parser } from '@asyncapi/parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventCatalogue, type PublicEvent } from './catalogue';
import { Topics } from './topics';
import { contractsDir, EventSchemas } from './schemas';
import {
  aCareArrangementMade,
  aChildGivenExplanation,
  aDependantsScreening,
  aFamilyContactGiven,
  anArrestMade,
  anArrestRecordCorrected,
  broughtBeforeJudicialAuthority,
  caseFileHandedToProsecutor,
  policeCustodyExtended,
  releasedOnPoliceBail,
  releasedWithoutCharge,
  takenIntoPoliceCustody,
  transferredToPrison,
} from './testing/arrest-fixtures';
import {
  aCaseClosed,
  aCaseOpened,
  aClemencyGranted,
  aFamilyNotifiedOfHearing,
  aHearingScheduled,
  aLegalRepresentationRecorded,
  anAppealDecided,
  anAppealFiled,
  aPretrialDetentionExtended,
  aPretrialDetentionOrdered,
  aSentenceImposed,
  aVerdictDelivered,
} from './testing/court-fixtures';
import {
  aChildAdmittedWithParent,
  aChildAssessed,
  aChildBornInCustody,
  aChildLeftPrison,
  aChildrenRecordedAtAdmission,
  aConsularContactRecorded,
  aDisciplinarySanctionImposed,
  aFamilyNotified,
  aHomeLeaveGranted,
  aMedicalEventRecorded,
  aPersonAdmitted,
  aPersonReleased,
  aPhoneCallMade,
  aPregnancyRecorded,
  aPrisonerTransferred,
  aReleaseScheduled,
  aReturnedFromHomeLeave,
  aVisitTookPlace,
} from './testing/prison-fixtures';
import { fromCloudEventMessage, toCloudEventMessage } from './cloud-events';

const asyncApiPath = join(contractsDir(), 'asyncapi.yaml');

describe('the published contracts', () => {
  it('have an AsyncAPI document that parses and validates', async () => {
    const parser = new Parser();
    const { document, diagnostics } = await parser.parse(readFileSync(asyncApiPath, 'utf8'), { source: asyncApiPath });
    const errors = diagnostics.filter((d) => d.severity === 0);
    expect(errors.map((e) => `${e.path.join('.')}: ${e.message}`)).toEqual([]);
    expect(document).toBeDefined();
  });

  it('list every public event type in the AsyncAPI document, on its topic', async () => {
    const { document } = await new Parser().parse(readFileSync(asyncApiPath, 'utf8'), { source: asyncApiPath });
    const byChannel = new Map(document!.channels().all().map((c) => [c.address(), c.messages().all().map((m) => m.name())]));
    for (const [type, entry] of Object.entries(EventCatalogue)) {
      expect({ type, messagesOnTopic: byChannel.get(entry.topic) }).toEqual({ type, messagesOnTopic: expect.arrayContaining([type]) });
    }
    expect([...byChannel.keys()].sort()).toEqual(expect.arrayContaining([Topics.arrestEvents, Topics.alertEvents, Topics.childWelfareDeadLetter]));
  });

  it('have a JSON Schema for every event type and version, and no schema without an event', () => {
    const schemas = new EventSchemas();
    const files = readdirSync(join(contractsDir(), 'events')).sort();
    const expected = Object.entries(EventCatalogue).map(([type, e]) => `${type}.v${e.schemaVersion}.schema.json`).sort();
    expect(files).toEqual(expected);
    for (const [type, entry] of Object.entries(EventCatalogue)) expect(schemas.has(type, entry.schemaVersion)).toBe(true);
  });

  describe('keep the TypeScript types and the JSON Schemas in step', () => {
    const schemas = new EventSchemas();
    const arrest = anArrestMade();
    const screening = aDependantsScreening(arrest.data);
    const childId = screening.data.children[0]!.childId;
    const caseOpened = aCaseOpened({ arrestIds: [arrest.data.arrestId], personId: arrest.data.person.personId });
    const hearing = aHearingScheduled(caseOpened.data);
    const appeal = anAppealFiled(caseOpened.data);
    const admission = aPersonAdmitted({ personId: caseOpened.data.personId, courtCaseReference: caseOpened.data.caseReference });
    const childrenAtAdmission = aChildrenRecordedAtAdmission(admission.data);
    const sonOutside = childrenAtAdmission.data.children[0]!.childId;
    const babyInPrison = aChildAdmittedWithParent(admission.data);
    const samples: PublicEvent[] = [
      arrest,
      screening,
      aDependantsScreening(arrest.data, { answer: 'declined-to-say', numberOfChildren: null, consentToRecordChildDetails: false, children: [] }),
      aCareArrangementMade(arrest.data, childId),
      aCareArrangementMade(arrest.data, childId, {
        caregiver: { name: null, relation: 'nobody', ageYears: null, contact: null },
        madeBeforeCustody: false,
        chosenByParent: false,
      }),
      aFamilyContactGiven(arrest.data, [childId]),
      aFamilyContactGiven(arrest.data, [], { method: 'in-person', contactedName: null, contactedRelation: 'child' }),
      aChildGivenExplanation(arrest.data, childId),
      takenIntoPoliceCustody(arrest.data),
      broughtBeforeJudicialAuthority(arrest.data),
      broughtBeforeJudicialAuthority(arrest.data, { authority: 'investigating-judge', authorityName: null }),
      policeCustodyExtended(arrest.data),
      releasedWithoutCharge(arrest.data),
      releasedOnPoliceBail(arrest.data),
      caseFileHandedToProsecutor(arrest.data),
      caseFileHandedToProsecutor(arrest.data, { courtCaseReference: null }),
      transferredToPrison(arrest.data),
      anArrestRecordCorrected(arrest.data),
      anArrestRecordCorrected(arrest.data, { field: 'suspectedOffence.maximumPenaltyMonths', previousValue: 60, correctedValue: 36, reason: 'Penalty taken from the wrong article.' }),
      anArrestRecordCorrected(arrest.data, { field: 'suspectedOffence.violent', previousValue: true, correctedValue: false, reason: 'Ticked by mistake.' }),
      anArrestRecordCorrected(arrest.data, { field: 'person.nationalId', previousValue: null, correctedValue: '010203040', reason: 'Her national ID card was found at home.' }),
      caseOpened,
      aCaseOpened({ arrestIds: [] }),
      aLegalRepresentationRecorded(caseOpened.data),
      aLegalRepresentationRecorded(caseOpened.data, { represented: false, lawyerName: null, organisation: null }),
      aPretrialDetentionOrdered(caseOpened.data),
      // The court may record a detention order without grounds; a safeguard alert flags it, the schema does not refuse it.
      aPretrialDetentionOrdered(caseOpened.data, { grounds: [], justification: null, askedAboutPregnancyAndDependants: false, careArrangementsNoted: null }),
      aPretrialDetentionOrdered(caseOpened.data, { outcome: 'release', grounds: [], justification: null, alternativesConsidered: true, detentionMonths: null, detentionOrderReference: null }),
      aPretrialDetentionOrdered(caseOpened.data, { outcome: 'judicial-supervision', grounds: ['guarantee-presence'], detentionMonths: null, detentionOrderReference: null, alternativesConsidered: true }),
      aPretrialDetentionExtended(caseOpened.data),
      hearing,
      aHearingScheduled(caseOpened.data, { kind: 'investigation', place: "Investigating judge's office, Phnom Penh Court of First Instance" }),
      aFamilyNotifiedOfHearing(hearing.data),
      aFamilyNotifiedOfHearing(hearing.data, { method: 'letter', notifiedPerson: 'Chan Vuthy (her husband)' }),
      aVerdictDelivered(caseOpened.data),
      aVerdictDelivered(caseOpened.data, 'acquitted'),
      aSentenceImposed(caseOpened.data),
      aSentenceImposed(caseOpened.data, {
        custodialMonths: 0,
        suspendedMonths: 0,
        nonCustodialMeasures: ['community-service', 'fine'],
        startDeferredUntil: null,
      }),
      aSentenceImposed(caseOpened.data, { childrenWelfareConsidered: false, nonCustodialAlternativesConsidered: false, startDeferredUntil: '2026-12-01T01:00:00.000Z' }),
      appeal,
      anAppealFiled(caseOpened.data, { filedBy: 'prosecution', detainedPendingAppeal: false }),
      anAppealDecided(appeal.data),
      anAppealDecided(appeal.data, { outcome: 'dismissed', newCustodialMonths: null }),
      aClemencyGranted(caseOpened.data),
      aClemencyGranted(caseOpened.data, { kind: 'pardon', reductionMonths: null }),
      aCaseClosed(caseOpened.data),
      admission,
      aPersonAdmitted({ legalStatus: 'convicted', courtCaseReference: null, facilityId: 'PJ', orderReference: 'PPCFI-JUD-2026-0211' }),
      childrenAtAdmission,
      aChildrenRecordedAtAdmission(admission.data, { answer: 'declined-to-say', numberOfChildren: null, consentToRecordDetails: false, children: [] }),
      aChildrenRecordedAtAdmission(admission.data, { answer: 'no-children', numberOfChildren: 0, consentToRecordDetails: true, children: [] }),
      babyInPrison,
      aChildAssessed(admission.data, babyInPrison.data.childId),
      aChildAssessed(admission.data, babyInPrison.data.childId, { referralOrPlacementPlan: null }),
      aChildLeftPrison(admission.data, babyInPrison.data.childId),
      aPregnancyRecorded(admission.data),
      aPregnancyRecorded(admission.data, { expectedDeliveryDate: null }),
      aChildBornInCustody(admission.data),
      aVisitTookPlace(admission.data, { childId: sonOutside }),
      aVisitTookPlace(admission.data, { childId: sonOutside, setting: 'behind-bars-or-screen', fee: { amount: 10000, currency: 'KHR' }, ownClothesAllowed: false }),
      aVisitTookPlace(admission.data, { childId: null, visitorName: 'Chan Vuthy', accompanyingAdult: null, setting: 'contact-visit', fee: { amount: 2.5, currency: 'USD' } }),
      aVisitTookPlace(admission.data, { childId: null, visitorName: null, accompanyingAdult: null, setting: 'private', durationMinutes: 0 }),
      aPhoneCallMade(admission.data, [sonOutside]),
      aPhoneCallMade(admission.data, [], { withWhom: 'Legal aid lawyer Chea Sophal', cost: null }),
      aPrisonerTransferred(admission.data),
      aFamilyNotified(admission.data),
      aFamilyNotified(admission.data, { about: 'release', method: 'letter', notifiedPerson: 'Chan Vuthy (her husband)', isCaregiver: false }),
      aMedicalEventRecorded(admission.data),
      aMedicalEventRecorded(admission.data, { childId: babyInPrison.data.childId, kind: 'serious-illness', serious: true }),
      aMedicalEventRecorded(admission.data, { kind: 'other', serious: false }),
      aReleaseScheduled(admission.data),
      aReleaseScheduled(admission.data, { reason: 'judicial-supervision' }),
      aPersonReleased(admission.data),
      aHomeLeaveGranted(admission.data),
      aReturnedFromHomeLeave(admission.data),
      aConsularContactRecorded(aPersonAdmitted({ nationality: 'VN' }).data),
      aConsularContactRecorded(admission.data, { kind: 'declined', consulate: 'Embassy of the Lao PDR, Phnom Penh' }),
      aDisciplinarySanctionImposed(admission.data),
      aDisciplinarySanctionImposed(admission.data, { sanction: 'Visits suspended', days: 14, restrictsFamilyContact: true }),
    ];
    it.each(samples.map((s) => [s.type, s] as const))('a typed %s honours its schema', (_type, sample) => {
      expect(schemas.problems(sample.type, 1, sample.data)).toEqual([]);
    });

    it('a schema refuses what the type forbids', () => {
      expect(schemas.problems('ArrestMade', 1, { ...arrest.data, circumstances: { ...arrest.data.circumstances, childrenPresent: -1 } })).toEqual([
        { path: '/circumstances/childrenPresent', message: 'must be >= 0' },
      ]);
      expect(schemas.problems('ArrestMade', 1, { ...arrest.data, unexpected: true })).toEqual([{ path: '/', message: 'must NOT have additional properties' }]);
    });
  });

  it('map an event to CloudEvents binary-mode headers and back unchanged', () => {
    const arrest = anArrestMade();
    const envelope = {
      eventId: '0b7c5d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
      type: 'ArrestMade',
      schemaVersion: 1,
      streamId: `arrest-${arrest.data.arrestId}`,
      streamPosition: 1,
      globalPosition: '42',
      subject: arrest.data.person.personId,
      occurredAt: arrest.data.arrestedAt,
      recordedAt: '2026-03-01T20:31:00.000Z',
      correlationId: '1b7c5d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
      causationId: null,
      actor: { agency: 'police', role: 'police-officer', unitId: 'PP-ANTI-DRUG', userId: 'officer-17' },
      source: '/safeguard/arrest-service',
      data: arrest.data,
    } as const;
    const message = toCloudEventMessage(envelope);
    expect(message.key).toBe(arrest.data.person.personId);
    expect(message.headers).toMatchObject({ ce_specversion: '1.0', ce_id: envelope.eventId, ce_type: 'ArrestMade', ce_time: arrest.data.arrestedAt, 'content-type': 'application/json' });
    expect(fromCloudEventMessage(message.headers, message.value)).toEqual(envelope);
  });
});
