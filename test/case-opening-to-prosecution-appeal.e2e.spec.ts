/**
 * The court story through the real broker: a case opened from a police case file, pre-trial
 * detention, trial, sentence and a prosecution appeal with the mother kept detained pending it
 * (the report's people held past their sentence). Every fact is stored, published on
 * justice.court.events.v1 in order under the person's key, schema-valid, and readable in the
 * case record and its history.
 */
import { randomUUID } from 'node:crypto';
import { eventSchemas, Topics } from '@safeguard/contracts';
import { bearer, DevKeys } from '@safeguard/platform';
import { describeWithKafka } from './support/environment';
import { eventually } from './support/eventually';
import { SafeguardSystem } from './support/safeguard-system';
import { TopicReader } from './support/topic-reader';
import { teardown } from './support/teardown';

const clerk = bearer(DevKeys.courtClerk);
const judge = bearer(DevKeys.judge);
const DAY = 86_400_000;

describeWithKafka('case opening to prosecution appeal, Kafka mode [real PostgreSQL]', () => {
  let system: SafeguardSystem;
  let reader: TopicReader;
  const openedAt = new Date(Date.now() - 200 * DAY);
  const day = (n: number) => new Date(openedAt.getTime() + n * DAY).toISOString();

  beforeAll(async () => {
    system = await SafeguardSystem.start('kafka', openedAt);
    reader = await TopicReader.start(Topics.courtEvents);
  }, 120_000);
  afterAll(async () => {
    await teardown(reader, system);
  }, 60_000);

  it('publishes every court fact in order, schema-valid, and keeps it in the case and its history', async () => {
    const personId = `person-${randomUUID()}`;
    const chargeId = randomUUID();
    const court = () => system.http('court');

    const opened = await court()
      .post('/cases')
      .set(clerk)
      .send({
        caseReference: `PP-2026-CR-${Math.floor(Math.random() * 10_000)}`,
        arrestIds: [randomUUID()],
        personId,
        openedAt: openedAt.toISOString(),
        charges: [{ chargeId, offence: 'Drug trafficking', offenceClass: 'felony', maximumPenaltyMonths: 120, violent: false }],
      })
      .expect(201);
    const c = `/cases/${opened.body.caseId}`;
    await court()
      .post(`${c}/legal-representation`)
      .set(clerk)
      .send({ recordedAt: day(1), represented: false })
      .expect(201);
    await court()
      .post(`${c}/pretrial-decisions`)
      .set(judge)
      .send({
        decidedAt: day(2),
        outcome: 'detention',
        grounds: ['guarantee-presence', 'preserve-evidence'],
        justification: 'No fixed address in Phnom Penh and the seized evidence is still being analysed.',
        askedAboutPregnancyAndDependants: false,
        alternativesConsidered: false,
        detentionMonths: 4,
        detentionOrderReference: 'PTD-2026-0413',
      })
      .expect(201);
    await court()
      .post(`${c}/pretrial-extensions`)
      .set(judge)
      .send({ extendedAt: day(110), additionalMonths: 2 })
      .expect(201);
    const hearing = await court()
      .post(`${c}/hearings`)
      .set(clerk)
      .send({ kind: 'trial', hearingAt: day(150), place: 'Phnom Penh Municipal Court, room 2' })
      .expect(201);
    await court()
      .post(`${c}/hearings/${hearing.body.hearingId}/family-notifications`)
      .set(clerk)
      .send({ notifiedAt: day(140), notifiedPerson: 'Srey Mom (mother)', method: 'phone' })
      .expect(201);
    await court()
      .post(`${c}/verdicts`)
      .set(judge)
      .send({ deliveredAt: day(150), findings: [{ chargeId, outcome: 'convicted' }] })
      .expect(201);
    await court()
      .post(`${c}/sentences`)
      .set(judge)
      .send({
        imposedAt: day(150),
        custodialMonths: 24,
        suspendedMonths: 12,
        nonCustodialMeasures: [],
        childrenWelfareConsidered: false,
        nonCustodialAlternativesConsidered: false,
      })
      .expect(201);
    await court()
      .post(`${c}/appeals`)
      .set(clerk)
      .send({ filedAt: day(160), filedBy: 'prosecution', detainedPendingAppeal: true })
      .expect(201);

    const expected = [
      'CaseOpened',
      'LegalRepresentationRecorded',
      'PretrialDecisionMade',
      'PretrialDetentionExtended',
      'HearingScheduled',
      'FamilyNotifiedOfHearing',
      'VerdictDelivered',
      'SentenceImposed',
      'AppealFiled',
    ];
    const published = await eventually(
      async () => {
        const mine = reader.about(personId);
        return mine.length >= expected.length ? mine : undefined;
      },
      'all nine court facts on the topic',
      60_000,
    );
    expect(published.map((e) => e.type)).toEqual(expected);
    for (const e of published)
      expect({ type: e.type, problems: eventSchemas().problems(e.type, e.schemaVersion, e.data) }).toEqual({ type: e.type, problems: [] });

    const record = (await court().get(c).set(clerk).expect(200)).body;
    expect(record).toMatchObject({ version: 9 });
    const history = (await court().get(`${c}/history`).set(clerk).expect(200)).body;
    expect(history.events.map((e: { eventId: string }) => e.eventId)).toEqual(published.map((e) => e.eventId));
  }, 90_000);
});
