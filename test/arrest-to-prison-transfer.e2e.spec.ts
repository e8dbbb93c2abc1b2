/**
 * The police story from arrest to hand-over, through the real broker: every fact posted by police
 * software is stored, published on justice.arrest.events.v1 in order under the person's key as a
 * schema-valid CloudEvent, and readable in the record and its history.
 */
import { randomUUID } from 'node:crypto';
import { eventSchemas, Topics } from '@safeguard/contracts';
import { bearer, DevKeys } from '@safeguard/platform';
import { describeWithKafka } from './support/environment';
import { eventually } from './support/eventually';
import { SafeguardSystem } from './support/safeguard-system';
import { TopicReader } from './support/topic-reader';
import { teardown } from './support/teardown';

const police = bearer(DevKeys.policePhnomPenh);
const MINUTE = 60_000;

describeWithKafka('arrest to prison transfer, Kafka mode [real PostgreSQL]', () => {
  let system: SafeguardSystem;
  let reader: TopicReader;
  const arrestedAt = new Date(Date.now() - 30 * 60 * MINUTE);
  const at = (minutes: number) => new Date(arrestedAt.getTime() + minutes * MINUTE).toISOString();

  beforeAll(async () => {
    system = await SafeguardSystem.start('kafka', new Date(arrestedAt.getTime() + MINUTE));
    reader = await TopicReader.start(Topics.arrestEvents);
  }, 120_000);
  afterAll(async () => {
    await teardown(reader, system);
  }, 60_000);

  it('publishes every fact in order, schema-valid, and keeps it in the record and its history', async () => {
    const personId = `person-${randomUUID()}`;
    const childId = randomUUID();
    const post = (path: string, body: object) => system.http('arrest').post(path).set(police).send(body).expect(201);

    const { arrestId } = (
      await post('/arrests', {
        person: { personId, name: 'Srey Pov', sex: 'female', estimatedAgeYears: 31, nationality: 'KH', homeProvince: 'Kampong Cham' },
        arrestedAt: arrestedAt.toISOString(),
        place: 'Home, Stung Meanchey',
        province: 'Phnom Penh',
        arrestingUnitType: 'police',
        suspectedOffence: { name: 'Drug trafficking', offenceClass: 'felony', maximumPenaltyMonths: 120, violent: false, drugRelated: true },
        circumstances: { childrenPresent: 1, afterDark: true, restraintsOrSirensInFrontOfChildren: true, searchWithChildPresent: true },
      })
    ).body;
    const a = `/arrests/${arrestId}`;
    await post(`${a}/dependants-screening`, {
      askedAt: at(20),
      askedBy: 'officer-17',
      answer: 'has-dependants',
      pregnancy: 'not-pregnant',
      numberOfChildren: 1,
      consentToRecordChildDetails: true,
      children: [
        {
          childId,
          name: 'Vichet',
          sex: 'male',
          ageYears: 7,
          whereabouts: 'with-neighbour',
          caregiver: { name: 'Mom Sophal', relation: 'neighbour', contact: '+855 17 222 333' },
        },
      ],
    });
    await post(`${a}/children/${childId}/care-arrangements`, {
      arrangedAt: at(40),
      caregiver: { name: 'Srey Mom', relation: 'grandparent', ageYears: 58 },
      chosenByParent: true,
    });
    await post(`${a}/family-contacts`, {
      contactedAt: at(50),
      method: 'phone',
      contactedName: 'Srey Mom',
      contactedRelation: 'grandparent',
      childIds: [childId],
    });
    await post(`${a}/children/${childId}/explanations`, { explainedAt: at(55), explainedBy: 'officer-17' });
    await post(`${a}/police-custody`, { custodyAt: at(60), facility: 'Meanchey district police station' });
    await post(`${a}/judicial-appearances`, { broughtAt: at(20 * 60), authority: 'prosecutor', authorityName: 'Deputy Prosecutor' });
    await post(`${a}/custody-extensions`, { authorisedAt: at(24 * 60), authorisedBy: 'Deputy Prosecutor', until: at(72 * 60) });
    await post(`${a}/case-file-handovers`, { handedAt: at(25 * 60), courtCaseReference: 'PP-2026-CR-0413' });
    await post(`${a}/prison-transfers`, { transferredAt: at(26 * 60), prisonFacility: 'CC2', detentionOrderReference: 'PTD-2026-0413' });

    const expected = [
      'ArrestMade',
      'DependantsScreeningRecorded',
      'CareArrangementMade',
      'FamilyContactGiven',
      'ChildGivenExplanation',
      'TakenIntoPoliceCustody',
      'BroughtBeforeJudicialAuthority',
      'PoliceCustodyExtended',
      'CaseFileHandedToProsecutor',
      'TransferredToPrison',
    ];
    const published = await eventually(
      async () => {
        const mine = reader.about(personId);
        return mine.length >= expected.length ? mine : undefined;
      },
      'all ten facts on the topic',
      60_000,
    );
    expect(published.map((e) => e.type)).toEqual(expected);
    expect(published.map((e) => e.streamPosition)).toEqual(expected.map((_, i) => i + 1));
    for (const e of published)
      expect({ type: e.type, problems: eventSchemas().problems(e.type, e.schemaVersion, e.data) }).toEqual({ type: e.type, problems: [] });

    const record = (await system.http('arrest').get(a).set(police).expect(200)).body;
    expect(record).toMatchObject({ status: 'transferred-to-prison', version: 10 });
    expect(record.careArrangements[0]).toMatchObject({ childId, madeBeforeCustody: true, chosenByParent: true });
    const history = (await system.http('arrest').get(`${a}/history`).set(police).expect(200)).body;
    expect(history.events.map((e: { eventId: string }) => e.eventId)).toEqual(published.map((e) => e.eventId));

    // After the transfer, custody events make no sense and change nothing.
    const refused = await system
      .http('arrest')
      .post(`${a}/release-without-charge`)
      .set(police)
      .send({ releasedAt: at(27 * 60), reason: 'no case' })
      .expect(422);
    expect(refused.body.code).toMatch(/^CUSTODY\./);
  }, 90_000);
});
