import { Parser } from '@asyncapi/parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { EventCatalogue, type PublicEvent, type PublicEventType } from './catalogue';
import { Topics } from './topics';
import { contractsDir, EventSchemas } from './schemas';
import { dataSchemaUri } from './cloud-events';
import { upcast } from './upcasting/upcast';
import {
  aCareArrangementMade,
  aChildGivenExplanation,
  aDependantsScreening,
  aFamilyContactGiven,
  anArrestMade,
  anArrestRecordCorrected,
  aConsularContactOffered,
  broughtBeforeJudicialAuthority,
  caseFileHandedToProsecutor,
  policeCustodyExtended,
  releasedOnJudicialOrder,
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
  aChildMedicalEventRecorded,
  aChildrenRecordedAtAdmission,
  aConsularContactRecorded,
  aDisciplinarySanctionImposed,
  aFamilyNotified,
  aHomeLeaveGranted,
  aMedicalEventRecorded,
  aParentToldOfChildMedicalEvent,
  aPersonAdmitted,
  aPersonReleased,
  aPhoneCallMade,
  aPregnancyRecorded,
  aPrisonerTransferred,
  aReleaseScheduled,
  aReturnedFromHomeLeave,
  aVisitTookPlace,
} from './testing/prison-fixtures';
import {
  aCaseOpenedV1,
  aChildrenRecordedAtAdmissionV1,
  aClemencyGrantedV1,
  aDependantsScreeningV1,
  aHearingScheduledV1,
  anArrestRecordCorrectedV1,
  aReleaseScheduledV1,
  aSentenceImposedV1,
  aVisitTookPlaceV1,
  type V1Fact,
} from './testing/v1-fixtures';
import { fromCloudEventMessage, toCloudEventMessage } from './cloud-events';
import { readSchemaFiles, typesFromSchemas } from '../codegen/schema-types';

const asyncApiPath = join(contractsDir(), 'asyncapi.yaml');

/** Every (type, version) still read: v1 up to the catalogue's current version. */
const everyVersion = (Object.entries(EventCatalogue) as [PublicEventType, { schemaVersion: number; topic: string }][]).flatMap(([type, entry]) =>
  Array.from({ length: entry.schemaVersion }, (_, i) => ({ type, version: i + 1, topic: entry.topic })),
);

/** The message's schema version, from its payload's `$id` (`urn:…:<Type>:v<n>`). */
const payloadVersion = (payloadId: string | undefined) => Number(/:v(\d+)$/.exec(payloadId ?? '')?.[1]);

describe('the published contracts', () => {
  it('have an AsyncAPI document that parses and validates', async () => {
    const parser = new Parser();
    const { document, diagnostics } = await parser.parse(readFileSync(asyncApiPath, 'utf8'), { source: asyncApiPath });
    // Severity is Spectral's DiagnosticSeverity, from its own copy of @stoplight/types (not the one the parser re-exports): 0 is Error.
    const errors = diagnostics.filter((d) => (d.severity as number) === 0);
    expect(errors.map((e) => `${e.path.join('.')}: ${e.message}`)).toEqual([]);
    expect(document).toBeDefined();
  });

  describe('in the AsyncAPI document', () => {
    const messagesByTopic = async () => {
      const { document } = await new Parser().parse(readFileSync(asyncApiPath, 'utf8'), { source: asyncApiPath });
      return new Map(
        document!
          .channels()
          .all()
          .map((c) => [
            c.address(),
            c
              .messages()
              .all()
              .map((m) => ({
                name: m.name(),
                payloadId: m.payload()?.id(),
                headerVersion: m.headers()?.json<{ properties?: { ce_schemaversion?: { const?: string } } }>().properties?.ce_schemaversion?.const,
              })),
          ]),
      );
    };

    it('list every version of every public event type still read, on its topic', async () => {
      const byTopic = await messagesByTopic();
      for (const { type, version, topic } of everyVersion) {
        expect({ type, version, onTopic: byTopic.get(topic) }).toEqual({
          type,
          version,
          onTopic: expect.arrayContaining([expect.objectContaining({ name: type, payloadId: dataSchemaUri(type, version) })]),
        });
      }
      expect([...byTopic.keys()].sort()).toEqual(expect.arrayContaining([Topics.arrestEvents, Topics.alertEvents, Topics.childWelfareDeadLetter]));
    });

    it('list every schema file as a message payload, and no message of a version the catalogue does not read', async () => {
      const byTopic = await messagesByTopic();
      const listed = [...byTopic.values()].flat().filter((m) => m.name !== 'DeadLetter');
      const files = readdirSync(join(contractsDir(), 'events')).map((f) => /^(\w+)\.v(\d+)\.schema\.json$/.exec(f)!);
      expect(files.map(([, type, v]) => dataSchemaUri(type, Number(v))).sort()).toEqual(listed.map((m) => m.payloadId).sort());
      expect(listed.map((m) => m.payloadId).sort()).toEqual(everyVersion.map(({ type, version }) => dataSchemaUri(type, version)).sort());
    });

    it('pin ce_schemaversion to the payload version where a channel carries two versions of a message', async () => {
      const byTopic = await messagesByTopic();
      const evolved = new Set(everyVersion.filter((v) => v.version > 1).map((v) => v.type));
      const messages = [...byTopic.values()].flat().filter((m) => evolved.has(m.name as PublicEventType));
      expect(messages.map((m) => [m.name, m.headerVersion])).toEqual(messages.map((m) => [m.name, String(payloadVersion(m.payloadId))]));
    });
  });

  it('have a JSON Schema for every event type and version still read, and no schema without an event', () => {
    const schemas = new EventSchemas();
    const files = readdirSync(join(contractsDir(), 'events')).sort();
    expect(files).toEqual(everyVersion.map(({ type, version }) => `${type}.v${version}.schema.json`).sort());
    for (const { type, version } of everyVersion) expect(schemas.has(type, version)).toBe(true);
  });

  it('have TypeScript types generated from the JSON Schemas as they are now (else run npm run contracts:types)', () => {
    const generated = readFileSync(join(__dirname, 'generated', 'event-data.ts'), 'utf8');
    expect(generated).toBe(typesFromSchemas(readSchemaFiles(join(contractsDir(), 'events'))));
  });

  it('refuse to generate a type from a schema construct the generator does not know, rather than widen it', () => {
    const files = (schema: Record<string, unknown>) => [
      { type: 'Probe', version: 1, schema: { type: 'object', additionalProperties: false, required: ['x'], properties: { x: schema } } },
    ];
    expect(typesFromSchemas(files({ enum: ['a', null] }))).toContain("readonly x: 'a' | null;");
    expect(() => typesFromSchemas(files({ type: 'object', properties: {} }))).toThrow(/additionalProperties: false/);
    expect(() => typesFromSchemas(files({ patternProperties: {} }))).toThrow(/keyword patternProperties is not understood/);
    expect(() => typesFromSchemas(files({ not: { type: 'null' } }))).toThrow(/keyword not is not understood/);
  });

  describe('keep the TypeScript types and the JSON Schemas in step', () => {
    const schemas = new EventSchemas();
    const arrest = anArrestMade();
    const screening = aDependantsScreening(arrest.data);
    const dara = screening.data.children[0];
    const childId = dara.childId;
    const caseOpened = aCaseOpened({ arrestIds: [arrest.data.arrestId], personId: arrest.data.person.personId });
    const hearing = aHearingScheduled(caseOpened.data);
    const appeal = anAppealFiled(caseOpened.data);
    const admission = aPersonAdmitted({ personId: caseOpened.data.personId, courtCaseReference: caseOpened.data.caseReference });
    const childrenAtAdmission = aChildrenRecordedAtAdmission(admission.data);
    const sonOutside = childrenAtAdmission.data.children[0].childId;
    const babyInPrison = aChildAdmittedWithParent(admission.data);
    const childMedicalEvent = aChildMedicalEventRecorded(admission.data, sonOutside);
    const samples: PublicEvent[] = [
      arrest,
      screening,
      aDependantsScreening(arrest.data, { answer: 'declined-to-say', numberOfChildren: null, consentToRecordChildDetails: false, children: [] }),
      aDependantsScreening(arrest.data, {
        numberOfChildren: 2,
        children: [
          { ...dara, name: null, detailsWithheld: 'parent-declined', dateOfBirth: null, birthYear: 2019, whereabouts: 'at-school', caregiver: null },
          {
            ...dara,
            childId: '6a0f3c2e-8d1b-4e5a-9c7f-1b2d3e4f5a6b',
            sex: null,
            detailsWithheld: 'not-known',
            dateOfBirth: null,
            ageYears: null,
            whereabouts: 'not-recorded',
          },
        ],
      }),
      aDependantsScreening(arrest.data, {
        children: [
          { ...dara, whereabouts: 'with-other-adult', caregiver: { name: 'Meas Sophy', relation: 'neighbour', ageYears: null, contact: null } },
        ],
      }),
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
      releasedOnJudicialOrder(arrest.data),
      releasedOnJudicialOrder(arrest.data, { orderKind: 'no-further-action', orderedBy: 'Deputy Prosecutor Keo Vanna', orderReference: null }),
      aConsularContactOffered(arrest.data),
      aConsularContactOffered(arrest.data, { outcome: 'declined' }),
      caseFileHandedToProsecutor(arrest.data),
      caseFileHandedToProsecutor(arrest.data, { courtCaseReference: null }),
      transferredToPrison(arrest.data),
      anArrestRecordCorrected(arrest.data),
      anArrestRecordCorrected(arrest.data, {
        field: 'suspectedOffence.maximumPenaltyMonths',
        previousValue: 60,
        correctedValue: 36,
        reason: 'Penalty taken from the wrong article.',
      }),
      anArrestRecordCorrected(arrest.data, {
        field: 'suspectedOffence.violent',
        previousValue: true,
        correctedValue: false,
        reason: 'Ticked by mistake.',
      }),
      anArrestRecordCorrected(arrest.data, {
        field: 'person.nationalId',
        previousValue: null,
        correctedValue: '010203040',
        reason: 'Her national ID card was found at home.',
      }),
      anArrestRecordCorrected(arrest.data, { correctedAtSource: 'stated-by-agency' }),
      caseOpened,
      aCaseOpened({ arrestIds: [] }),
      aCaseOpened({ charges: [{ ...caseOpened.data.charges[0], offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, minimumPenaltyMonths: 6 }] }),
      aLegalRepresentationRecorded(caseOpened.data),
      aLegalRepresentationRecorded(caseOpened.data, { represented: false, lawyerName: null, organisation: null }),
      aPretrialDetentionOrdered(caseOpened.data),
      // The court may record a detention order without grounds; a safeguard alert flags it, the schema does not refuse it.
      aPretrialDetentionOrdered(caseOpened.data, {
        grounds: [],
        justification: null,
        askedAboutPregnancyAndDependants: false,
        careArrangementsNoted: null,
      }),
      aPretrialDetentionOrdered(caseOpened.data, {
        outcome: 'release',
        grounds: [],
        justification: null,
        alternativesConsidered: true,
        detentionMonths: null,
        detentionOrderReference: null,
      }),
      aPretrialDetentionOrdered(caseOpened.data, {
        outcome: 'judicial-supervision',
        grounds: ['guarantee-presence'],
        detentionMonths: null,
        detentionOrderReference: null,
        alternativesConsidered: true,
      }),
      aPretrialDetentionExtended(caseOpened.data),
      hearing,
      aHearingScheduled(caseOpened.data, { kind: 'investigation', place: "Investigating judge's office, Phnom Penh Court of First Instance" }),
      aHearingScheduled(caseOpened.data, { scheduledAtSource: 'stated-by-agency' }),
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
      aSentenceImposed(caseOpened.data, {
        childrenWelfareConsidered: false,
        nonCustodialAlternativesConsidered: false,
        startDeferredUntil: '2026-12-01T01:00:00.000Z',
      }),
      aSentenceImposed(caseOpened.data, { custodyStartsAt: caseOpened.data.openedAt, creditedDays: 254 }),
      appeal,
      anAppealFiled(caseOpened.data, { filedBy: 'prosecution', detainedPendingAppeal: false }),
      anAppealDecided(appeal.data),
      anAppealDecided(appeal.data, { outcome: 'dismissed', newCustodialMonths: null }),
      aClemencyGranted(caseOpened.data),
      aClemencyGranted(caseOpened.data, { kind: 'pardon', reductionMonths: null }),
      aClemencyGranted(caseOpened.data, { kind: 'amnesty', reductionMonths: null, effectiveAt: '2027-04-14T00:00:00.000Z' }),
      aCaseClosed(caseOpened.data),
      admission,
      aPersonAdmitted({ legalStatus: 'convicted', courtCaseReference: null, facilityId: 'PJ', orderReference: 'PPCFI-JUD-2026-0211' }),
      childrenAtAdmission,
      aChildrenRecordedAtAdmission(admission.data, {
        answer: 'declined-to-say',
        numberOfChildren: null,
        consentToRecordDetails: false,
        children: [],
      }),
      aChildrenRecordedAtAdmission(admission.data, { answer: 'no-children', numberOfChildren: 0, consentToRecordDetails: true, children: [] }),
      aChildrenRecordedAtAdmission(admission.data, {
        children: [
          {
            ...childrenAtAdmission.data.children[0],
            name: null,
            sex: null,
            detailsWithheld: 'not-asked',
            livesWhere: null,
            custodyStatus: 'not-recorded',
          },
          { ...childrenAtAdmission.data.children[1], dateOfBirth: null, birthYear: 2015, ageYears: null, custodyStatus: 'with-other-adult' },
        ],
      }),
      babyInPrison,
      aChildAssessed(admission.data, babyInPrison.data.childId),
      aChildAssessed(admission.data, babyInPrison.data.childId, { referralOrPlacementPlan: null }),
      aChildLeftPrison(admission.data, babyInPrison.data.childId),
      aPregnancyRecorded(admission.data),
      aPregnancyRecorded(admission.data, { expectedDeliveryDate: null }),
      aChildBornInCustody(admission.data),
      aVisitTookPlace(admission.data, { childIds: [sonOutside] }),
      aVisitTookPlace(admission.data, {
        childIds: [sonOutside],
        setting: 'behind-bars-or-screen',
        fee: { amount: 10000, currency: 'KHR' },
        ownClothesAllowed: false,
      }),
      aVisitTookPlace(admission.data, { childIds: childrenAtAdmission.data.children.map((c) => c.childId), visitorName: null }),
      aVisitTookPlace(admission.data, {
        childIds: [],
        visitorName: 'Chan Vuthy',
        accompanyingAdult: null,
        setting: 'contact-visit',
        fee: { amount: 2.5, currency: 'USD' },
      }),
      aVisitTookPlace(admission.data, { childIds: [], visitorName: null, accompanyingAdult: null, setting: 'private', durationMinutes: 0 }),
      aPhoneCallMade(admission.data, [sonOutside]),
      aPhoneCallMade(admission.data, [], { withWhom: 'Legal aid lawyer Chea Sophal', cost: null }),
      aPrisonerTransferred(admission.data),
      aFamilyNotified(admission.data),
      aFamilyNotified(admission.data, { about: 'release', method: 'letter', notifiedPerson: 'Chan Vuthy (her husband)', isCaregiver: false }),
      aMedicalEventRecorded(admission.data),
      aMedicalEventRecorded(admission.data, { childId: babyInPrison.data.childId, kind: 'serious-illness', serious: true }),
      aMedicalEventRecorded(admission.data, { kind: 'other', serious: false }),
      childMedicalEvent,
      aChildMedicalEventRecorded(admission.data, sonOutside, { kind: 'serious-illness', where: null }),
      aParentToldOfChildMedicalEvent(childMedicalEvent.data),
      aReleaseScheduled(admission.data),
      aReleaseScheduled(admission.data, { reason: 'judicial-supervision' }),
      aReleaseScheduled(admission.data, { scheduledAtSource: 'stated-by-agency' }),
      aPersonReleased(admission.data),
      aHomeLeaveGranted(admission.data),
      aReturnedFromHomeLeave(admission.data),
      aConsularContactRecorded(aPersonAdmitted({ nationality: 'VN' }).data),
      aConsularContactRecorded(admission.data, { kind: 'declined', consulate: 'Embassy of the Lao PDR, Phnom Penh' }),
      aDisciplinarySanctionImposed(admission.data),
      aDisciplinarySanctionImposed(admission.data, { sanction: 'Visits suspended', days: 14, restrictsFamilyContact: true }),
    ];
    it.each(samples.map((s) => [s.type, EventCatalogue[s.type].schemaVersion, s] as const))(
      'a typed %s honours its schema v%i',
      (_type, version, sample) => {
        expect(schemas.problems(sample.type, version, sample.data)).toEqual([]);
      },
    );

    it('has a sample of every public event type but the alerts and journeys (their own specs check them)', () => {
      const agencyTypes = Object.entries(EventCatalogue)
        .filter(([, e]) => e.topic !== Topics.alertEvents && e.topic !== Topics.childJourneys)
        .map(([type]) => type);
      expect([...new Set(samples.map((s) => s.type))].sort()).toEqual(agencyTypes.sort());
    });

    const v1Opened = aCaseOpenedV1();
    const v1Samples: V1Fact[] = [
      aDependantsScreeningV1(arrest.data),
      aDependantsScreeningV1(arrest.data, { answer: 'declined-to-say', numberOfChildren: null, consentToRecordChildDetails: false, children: [] }),
      v1Opened,
      aHearingScheduledV1(v1Opened.data),
      aSentenceImposedV1(v1Opened.data),
      aClemencyGrantedV1(v1Opened.data),
      aClemencyGrantedV1(v1Opened.data, { kind: 'pardon', reductionMonths: null }),
      aChildrenRecordedAtAdmissionV1(admission.data),
      aVisitTookPlaceV1(admission.data),
      aVisitTookPlaceV1(admission.data, { childId: null, visitorName: 'Chan Vuthy', accompanyingAdult: null }),
      aReleaseScheduledV1(admission.data),
      anArrestRecordCorrectedV1(arrest.data),
    ];
    it.each(v1Samples.map((s) => [s.type, s] as const))(
      'a stored v1 %s honours the v1 schema; the current one accepts it only if upcasting leaves it as it is',
      (_type, sample) => {
        expect(schemas.problems(sample.type, 1, sample.data)).toEqual([]);
        const unchangedByUpcasting = isDeepStrictEqual(upcast(sample.type, 1, sample.data).data, sample.data);
        expect(schemas.problems(sample.type, EventCatalogue[sample.type].schemaVersion, sample.data).length === 0).toBe(unchangedByUpcasting);
      },
    );

    it('a v2 child record names why a name or sex is missing, and only then', () => {
      const withChild = (child: object) => ({ ...screening.data, children: [{ ...dara, ...child }] });
      expect(schemas.problems('DependantsScreeningRecorded', 2, withChild({ name: null }))).toEqual(
        expect.arrayContaining([{ path: '/children/0/detailsWithheld', message: 'must be string' }]),
      );
      expect(schemas.problems('DependantsScreeningRecorded', 2, withChild({ detailsWithheld: 'not-known' }))).toEqual(
        expect.arrayContaining([{ path: '/children/0/detailsWithheld', message: 'must be null' }]),
      );
      const atAdmission = (child: object) => ({ ...childrenAtAdmission.data, children: [{ ...childrenAtAdmission.data.children[0], ...child }] });
      expect(schemas.problems('ChildrenRecordedAtAdmission', 2, atAdmission({ sex: null }))).toEqual(
        expect.arrayContaining([{ path: '/children/0/detailsWithheld', message: 'must be string' }]),
      );
      expect(schemas.problems('ChildrenRecordedAtAdmission', 2, atAdmission({ detailsWithheld: 'parent-declined' }))).toEqual(
        expect.arrayContaining([{ path: '/children/0/detailsWithheld', message: 'must be null' }]),
      );
    });

    it('a schema refuses what the type forbids', () => {
      expect(schemas.problems('ArrestMade', 1, { ...arrest.data, circumstances: { ...arrest.data.circumstances, childrenPresent: -1 } })).toEqual([
        { path: '/circumstances/childrenPresent', message: 'must be >= 0' },
      ]);
      expect(schemas.problems('ArrestMade', 1, { ...arrest.data, unexpected: true })).toEqual([
        { path: '/', message: 'must NOT have additional properties' },
      ]);
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
    expect(message.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: envelope.eventId,
      ce_type: 'ArrestMade',
      ce_time: arrest.data.arrestedAt,
      'content-type': 'application/json',
    });
    expect(fromCloudEventMessage(message.headers, message.value)).toEqual(envelope);
  });
});
