/** One woman's file as the agencies build it in the report's case studies, and the helpers the stories share. */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { toCloudEventMessage, Topics, type CaseOpened, type PretrialDecisionMade } from '@safeguard/contracts';
import { agencyEnvelopeOf } from './agency-envelope';
import { bearer, DevKeys } from '@safeguard/platform';
import { TEST_KAFKA_BROKERS } from './environment';
import { eventually } from './eventually';
import type { SafeguardSystem } from './safeguard-system';

export const keys = {
  police: bearer(DevKeys.policePhnomPenh),
  clerk: bearer(DevKeys.courtClerk),
  judge: bearer(DevKeys.judge),
  cc2: bearer(DevKeys.prisonCc2),
  pj: bearer(DevKeys.prisonPj),
  monitor: bearer(DevKeys.monitor),
};
type App = 'arrest' | 'court' | 'prison';
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface Alert {
  ruleId: string;
  status: string;
  resolution: string | null;
  lateByMinutes: number | null;
  summary: string;
}

/** One woman's file as the agencies build it, and what the child-welfare service raised for her. */
export class Story {
  readonly personId = `person-${randomUUID()}`;
  private readonly eventIds: string[] = [];

  constructor(
    private readonly system: SafeguardSystem,
    readonly start: Date,
  ) {
    system.clock.set(start);
  }

  hour(h: number): string {
    return new Date(this.start.getTime() + h * HOUR).toISOString();
  }

  day(d: number): string {
    return new Date(this.start.getTime() + d * DAY).toISOString();
  }

  /** A fact a court's own case system publishes to the court topic itself, without the court service's checks. */
  async publishAsCourtSystem(event: CaseOpened | PretrialDecisionMade): Promise<void> {
    const envelope = agencyEnvelopeOf(event, {
      source: '/kandal-provincial-court/case-system',
      actor: { agency: 'court', role: 'judge', unitId: 'KANDAL-PROVINCIAL-COURT', userId: 'case-system' },
    });
    const kafka = new Kafka({ clientId: 'kandal-court-case-system', brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.ERROR });
    const producer = kafka.producer();
    await producer.connect();
    const message = toCloudEventMessage(envelope);
    await producer.send({ topic: Topics.courtEvents, acks: -1, messages: [{ key: message.key, value: message.value, headers: message.headers }] });
    await producer.disconnect();
    this.eventIds.push(envelope.eventId);
  }

  async post<T = Record<string, string>>(app: App, key: { Authorization: string }, path: string, body: object): Promise<T> {
    const res = await this.system.http(app).post(path).set(key).send(body);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    this.eventIds.push(...res.body.eventIds);
    return res.body;
  }

  /** Waits until every fact posted is kept, moves the clock and fires what is due. */
  async passClockTo(at: string): Promise<void> {
    await eventually(
      async () => {
        const [{ n }] = await this.system.childWelfareDb.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM child_welfare.facts WHERE event_id = ANY($1::uuid[])`,
          [this.eventIds],
        );
        return n === this.eventIds.length ? n : undefined;
      },
      `all ${this.eventIds.length} facts of ${this.personId} kept`,
      90_000,
    );
    this.system.clock.set(at);
    await this.system.sweepDeadlines();
  }

  async alerts(ruleId?: string): Promise<Alert[]> {
    const res = await this.system
      .http('childWelfare')
      .get('/alerts')
      .query({ personId: this.personId, limit: 500, ...(ruleId ? { ruleId } : {}) })
      .set(keys.monitor)
      .expect(200);
    return res.body.items;
  }

  async raisedRuleIds(): Promise<string[]> {
    return [...new Set((await this.alerts()).map((a) => a.ruleId))].sort();
  }

  /** The rule ids raised settle on `expected` (the sweeper may still be applying), then must equal it. */
  async expectRaisedExactly(expected: string[]): Promise<string[]> {
    const want = [...expected].sort();
    await eventually(
      async () => (JSON.stringify(await this.raisedRuleIds()) === JSON.stringify(want) ? true : undefined),
      'the expected alerts',
      10_000,
    ).catch(() => undefined);
    const raised = await this.raisedRuleIds();
    expect(raised).toEqual(want);
    return raised;
  }
}

export const arrestBody = (
  personId: string,
  over: {
    name: string;
    sex?: 'female' | 'male';
    nationality?: string;
    arrestedAt: string;
    place: string;
    unit?: string;
    offence: object;
    circumstances: object;
  },
) => ({
  person: {
    personId,
    name: over.name,
    sex: over.sex ?? 'female',
    estimatedAgeYears: 35,
    nationality: over.nationality ?? 'KH',
    homeProvince: 'Phnom Penh',
  },
  arrestedAt: over.arrestedAt,
  place: over.place,
  province: 'Phnom Penh',
  arrestingUnitType: over.unit ?? 'police',
  suspectedOffence: over.offence,
  circumstances: over.circumstances,
});

export const drugTrafficking = (chargeId: string) => ({
  chargeId,
  offence: 'Drug trafficking',
  offenceClass: 'felony',
  maximumPenaltyMonths: 120,
  violent: false,
});
export const openCase = (s: Story, openedAt: string, arrestIds: string[], charge: object) =>
  s.post<{ caseId: string }>('court', keys.clerk, '/cases', {
    caseReference: `PP-CR-${randomUUID().slice(0, 8)}`,
    arrestIds,
    personId: s.personId,
    openedAt,
    charges: [charge],
  });
export const detention = (decidedAt: string, months: number, ref: string, family: { asked: boolean; care?: string }) => ({
  decidedAt,
  outcome: 'detention',
  grounds: ['guarantee-presence'],
  justification: 'The investigation needs her presence and she has no fixed address.',
  askedAboutPregnancyAndDependants: family.asked,
  ...(family.care ? { careArrangementsNoted: family.care } : {}),
  alternativesConsidered: family.asked,
  detentionMonths: months,
  detentionOrderReference: ref,
});
export const admission = (s: Story, admittedAt: string, ref: string, nationality = 'KH') =>
  s.post<{ custodyId: string }>('prison', keys.cc2, '/custodies', {
    personId: s.personId,
    facilityId: 'CC2',
    admittedAt,
    legalStatus: 'pre-trial',
    orderReference: ref,
    nationality,
  });
