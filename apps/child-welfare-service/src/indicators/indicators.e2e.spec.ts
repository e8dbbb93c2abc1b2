/**
 * Issue 7's indicators and issue 8's facility view, in the embedded mode (PGlite, database log):
 * two mothers arrested the same morning, one asked about her children and one not; a detention
 * order with and one without a family inquiry; a lawyer for one of them; both held at CC2, one with
 * her baby and a son who visits (once paying, LICADHO 2015: 94% of families paid), the other with a
 * daughter outside who has not seen her for over 30 days (no-parent-child-contact). Embedded only:
 * the figures are totals, and in Kafka mode a fresh consumer group also reads earlier runs' events.
 */
import { DEFAULT_REPORTING_GRACE_MINUTES } from '../alerts/alert-book';
import { randomUUID } from 'node:crypto';
import { bearer, DevKeys } from '@safeguard/platform';
import { eventually } from '../../../../test/support/eventually';
import { anAdmissionBody } from '../../../../test/support/prison-requests';
import { SafeguardSystem } from '../../../../test/support/safeguard-system';

const police = bearer(DevKeys.policePhnomPenh);
const clerk = bearer(DevKeys.courtClerk);
const judge = bearer(DevKeys.judge);
const cc2 = bearer(DevKeys.prisonCc2);
const monitor = bearer(DevKeys.monitor);
const integrator = bearer(DevKeys.integrator);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('GET /indicators and the facility view, embedded mode [PGlite, database log]', () => {
  let system: SafeguardSystem;
  const now = new Date();
  // Both arrests on one morning 40 days ago, so they fall in one month and the sweeper has deadlines to fire.
  const arrestedAt = new Date(Math.floor((now.getTime() - 40 * DAY) / DAY) * DAY + 6 * HOUR);
  const at = (hours: number) => new Date(arrestedAt.getTime() + hours * HOUR).toISOString();
  const day = (days: number) => at(days * 24);
  const channary = { personId: `person-${randomUUID()}`, son: randomUUID(), baby: randomUUID() };
  const sreyneang = { personId: `person-${randomUUID()}`, daughter: randomUUID() };
  const releaseOn = new Date(now.getTime() + 20 * DAY).toISOString();

  beforeAll(async () => {
    system = await SafeguardSystem.start('embedded', now);
  }, 120_000);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
  afterAll(() => system?.stop(), 60_000);

  const post = (service: 'arrest' | 'court' | 'prison', key: { Authorization: string }, path: string, body: object) =>
    system.http(service).post(path).set(key).send(body).expect(201);

  async function arrest(personId: string, name: string, province: string, hoursAfter: number): Promise<string> {
    const res = await post('arrest', police, '/arrests', {
      person: { personId, name, sex: 'female', estimatedAgeYears: 30, nationality: 'KH', homeProvince: province },
      arrestedAt: at(hoursAfter),
      place: 'Market stall',
      province,
      arrestingUnitType: 'police',
      suspectedOffence: { name: 'Theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, violent: false, drugRelated: false },
      circumstances: { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
    });
    return res.body.arrestId;
  }

  async function detain(personId: string, arrestId: string, represented: boolean, askedAboutChildren: boolean): Promise<void> {
    const opened = await post('court', clerk, '/cases', {
      caseReference: `PP-${randomUUID().slice(0, 8)}`,
      arrestIds: [arrestId],
      personId,
      openedAt: day(2),
      charges: [{ offence: 'Theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, violent: false }],
    });
    const c = `/cases/${opened.body.caseId}`;
    await post('court', clerk, `${c}/legal-representation`, {
      recordedAt: at(49),
      represented,
      ...(represented ? { lawyerName: 'Chea Sophal' } : {}),
    });
    await post('court', judge, `${c}/pretrial-decisions`, {
      decidedAt: at(50),
      outcome: 'detention',
      grounds: ['guarantee-presence'],
      justification: 'Risk of absconding to her home province before trial.',
      askedAboutPregnancyAndDependants: askedAboutChildren,
      alternativesConsidered: false,
      detentionMonths: 4,
      detentionOrderReference: `PP-DO-${randomUUID().slice(0, 8)}`,
    });
  }

  async function admit(personId: string, child: { childId: string; name: string; sex: 'female' | 'male' }): Promise<string> {
    const admitted = await post('prison', cc2, '/custodies', anAdmissionBody({ personId, admittedAt: day(3) }));
    const c = `/custodies/${admitted.body.custodyId}`;
    await post('prison', cc2, `${c}/children-records`, {
      recordedAt: at(73),
      answer: 'has-children',
      numberOfChildren: 1,
      consentToRecordDetails: true,
      children: [{ ...child, ageYears: 7, livesWhere: 'With her grandmother', custodyStatus: 'with-relative' }],
    });
    return c;
  }

  const indicators = (query: Record<string, string> = {}, key = integrator) =>
    system.http('childWelfare').get('/indicators').query(query).set(key).expect(200);
  const factsKept = async () =>
    Number(
      (
        await system.childWelfareDb.query<{ n: string }>(`SELECT count(*) AS n FROM child_welfare.facts WHERE person_id = ANY($1)`, [
          [channary.personId, sreyneang.personId],
        ])
      )[0].n,
    );

  beforeAll(async () => {
    const a = await arrest(channary.personId, 'Sok Channary', 'Kandal', 0);
    await post('arrest', police, `/arrests/${a}/dependants-screening`, {
      askedAt: at(1),
      askedBy: 'officer-17',
      answer: 'has-dependants',
      pregnancy: 'not-pregnant',
      numberOfChildren: 1,
      consentToRecordChildDetails: true,
      children: [
        {
          childId: channary.son,
          name: 'Dara',
          sex: 'male',
          ageYears: 7,
          whereabouts: 'with-relative',
          caregiver: { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61 },
        },
      ],
    });
    await post('arrest', police, `/arrests/${a}/children/${channary.son}/care-arrangements`, {
      arrangedAt: at(1.5),
      caregiver: { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61 },
      chosenByParent: true,
    });
    await detain(channary.personId, a, true, true);
    const c = await admit(channary.personId, { childId: channary.son, name: 'Dara', sex: 'male' });
    await post('prison', cc2, `${c}/children-in-prison`, {
      childId: channary.baby,
      admittedAt: day(3),
      dateOfBirth: day(-200).slice(0, 10),
      reason: 'Breastfed infant',
    });
    const visit = { durationMinutes: 30, childId: channary.son, accompanyingAdult: 'Sok Mealea', setting: 'communal-area', ownClothesAllowed: true };
    await post('prison', cc2, `${c}/visits`, { ...visit, visitedAt: day(10), fee: { amount: 10_000, currency: 'KHR' } });
    await post('prison', cc2, `${c}/visits`, { ...visit, visitedAt: day(12) });
    await post('prison', cc2, `${c}/release-schedules`, { releaseOn, reason: 'bail' });

    const b = await arrest(sreyneang.personId, 'Chan Sreyneang', 'Phnom Penh', 2);
    await detain(sreyneang.personId, b, false, false);
    await admit(sreyneang.personId, { childId: sreyneang.daughter, name: 'Lina', sex: 'female' });

    await eventually(async () => ((await factsKept()) === 18 ? true : undefined), 'the child-welfare service to keep all 18 facts');
    // The records were entered weeks after the fact: past the reporting grace, their deadlines are judged.
    system.clock.advance((DEFAULT_REPORTING_GRACE_MINUTES + 1) * 60_000);
    await system.sweepDeadlines();
  }, 120_000);

  const figures = {
    arrests: 2,
    dependantsAskedShare: 0.5,
    medianHoursToCareArrangement: 1.5,
    pretrialDetentionOrders: 2,
    pretrialWithFamilyInquiryShare: 0.5,
    mothersWithLawyerShare: 0.5,
    childrenWithoutContact30Days: 1,
    childVisits: 2,
    childVisitsCharged: 1,
    detainedPastSentence: 0,
  };

  it('counts the indicators overall, by prison and by month of arrest', async () => {
    const body = (await indicators()).body;
    expect(body).toEqual({
      generatedAt: system.clock.now().toISOString(),
      filters: { facility: null, province: null, from: null, to: null, period: 'month' },
      overall: figures,
      byFacility: [{ facilityId: 'CC2', ...figures }],
      byPeriod: [{ period: arrestedAt.toISOString().slice(0, 7), ...figures }],
    });
  });

  it('filters by province and by the time of arrest', async () => {
    expect((await indicators({ province: 'Kandal' })).body.overall).toEqual({
      ...figures,
      arrests: 1,
      dependantsAskedShare: 1,
      pretrialDetentionOrders: 1,
      pretrialWithFamilyInquiryShare: 1,
      mothersWithLawyerShare: 1,
      childrenWithoutContact30Days: 0,
    });
    const before = (await indicators({ to: day(-1).slice(0, 10), period: 'week' })).body;
    expect(before.overall).toMatchObject({
      arrests: 0,
      dependantsAskedShare: null,
      medianHoursToCareArrangement: null,
      pretrialWithFamilyInquiryShare: null,
      mothersWithLawyerShare: null,
    });
    expect(before.byPeriod).toEqual([]);
    expect((await indicators({ from: day(0).slice(0, 10), to: day(0).slice(0, 10) })).body.overall).toEqual(figures);
  });

  it('refuses a window that ends before it starts, and callers without a role for aggregates', async () => {
    await system.http('childWelfare').get('/indicators').query({ from: '2026-03-02', to: '2026-03-01' }).set(integrator).expect(400);
    await system.http('childWelfare').get('/indicators').set(cc2).expect(403);
  });

  it('lists the prison with its counts, and shows a monitor its children, assessments, silent families and releases', async () => {
    const list = (await system.http('childWelfare').get('/facilities').set(integrator).expect(200)).body;
    const view = (await system.http('childWelfare').get('/facilities/CC2').set(monitor).expect(200)).body;
    expect(list.items).toEqual([{ facilityId: 'CC2', peopleHeld: 2, childrenLivingThere: 1, openAlerts: view.openAlerts.length }]);

    const assessmentDue = new Date(Date.parse(day(3)) + 90 * DAY).toISOString();
    expect(view).toMatchObject({
      facilityId: 'CC2',
      peopleHeld: 2,
      childrenLivingThere: [
        { childKey: channary.baby, personId: channary.personId, name: null, ageYears: 0, since: day(3), nextAssessmentDue: assessmentDue },
      ],
      assessmentsDue: [{ childKey: channary.baby, personId: channary.personId, dueAt: assessmentDue, overdue: false }],
      mothersWithoutContact30Days: [{ personId: sreyneang.personId, name: 'Chan Sreyneang', childKeys: [sreyneang.daughter], lastContactAt: null }],
      releasesWithoutNotifiedCaregiver: [{ personId: channary.personId, name: 'Sok Channary', releaseOn }],
    });
    const rules = view.openAlerts.map((a: { ruleId: string }) => a.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['no-parent-child-contact', 'child-visit-fee-charged']));
    expect(
      view.openAlerts.every((a: { responsibleUnitId: string; status: string }) => a.responsibleUnitId === 'CC2' && a.status !== 'resolved'),
    ).toBe(true);

    // The read names the children and parents the view shows, and the prison.
    const [logged] = await system.childWelfareDb.query(
      `SELECT route, record_ids, role, child_ids @> $1::text[] AS names_child FROM child_welfare.access_log WHERE route = '/facilities/:facilityId'`,
      [[channary.baby]],
    );
    expect(logged).toEqual({ route: '/facilities/:facilityId', record_ids: ['CC2'], role: 'oversight-monitor', names_child: true });
  });

  it('keeps names from integrators, and answers 404 for a prison it knows nothing of', async () => {
    await system.http('childWelfare').get('/facilities/CC2').set(integrator).expect(403);
    await system.http('childWelfare').get('/facilities/NOWHERE').set(monitor).expect(404);
  });
});
