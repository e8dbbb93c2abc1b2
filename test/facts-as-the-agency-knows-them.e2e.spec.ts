/**
 * Issue 13, through the real broker: agencies post facts late and in batches, each with the time
 * it happened as the agency knows it. A hearing or a release recorded a day after it was set, the
 * family told in between, is on time; a judge's release ends police custody; a child's
 * hospitalisation outside prison is owed to her imprisoned mother; one visit by three children is
 * contact for each of them. Every assertion reads GET /alerts of the child-welfare service after
 * its clock has passed the deadlines and swept them.
 *
 * The agency services run on the real clock (they refuse facts in the future), so every story
 * lives in the days around now; only the child-welfare clock moves.
 */
import { randomUUID } from 'node:crypto';
import { admission, arrestBody, DAY, HOUR, keys, openCase, Story, drugTrafficking } from './support/case-study';
import { describeWithKafka } from './support/environment';
import { SafeguardSystem } from './support/safeguard-system';
import { teardown } from './support/teardown';

const at = (ms: number) => new Date(ms).toISOString();

describeWithKafka('facts as the agency knows them, end to end [real PostgreSQL, real broker]', () => {
  let system: SafeguardSystem;
  const now = Date.now();

  beforeAll(async () => {
    system = await SafeguardSystem.start('kafka', new Date(now - 60 * DAY));
  }, 120_000);
  afterAll(() => teardown(system), 60_000);

  const childrenAtAdmission = (recordedAt: string, childIds: string[]) => ({
    recordedAt,
    answer: 'has-children',
    numberOfChildren: childIds.length,
    consentToRecordDetails: true,
    children: childIds.map((childId, i) => ({
      childId,
      name: `Child ${i + 1}`,
      sex: i % 2 ? 'female' : 'male',
      ageYears: 5 + i,
      livesWhere: 'With her mother, Chbar Ampov',
      custodyStatus: 'with-relative',
    })),
  });
  const arrested = async (s: Story, arrestedAt: string) => {
    const { arrestId } = await s.post(
      'arrest',
      keys.police,
      '/arrests',
      arrestBody(s.personId, {
        name: 'Sokha',
        arrestedAt,
        place: 'Her market stall',
        offence: { name: 'Drug possession', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false, drugRelated: true },
        circumstances: { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
      }),
    );
    await s.post('arrest', keys.police, `/arrests/${arrestId}/dependants-screening`, {
      askedAt: at(Date.parse(arrestedAt) + HOUR),
      askedBy: 'officer-9',
      answer: 'has-dependants',
      pregnancy: 'not-pregnant',
      numberOfChildren: 1,
      consentToRecordChildDetails: true,
      children: [{ childId: randomUUID(), name: 'Dara', sex: 'male', ageYears: 7, whereabouts: 'with-relative' }],
    });
    return arrestId;
  };

  it('(a) a hearing the court recorded a day after setting it, the family told in between, is notified on time', async () => {
    const hearingSetADayBefore = async (told: boolean) => {
      const s = new Story(system, new Date(now - 20 * DAY));
      const arrestId = await arrested(s, s.day(0));
      const { caseId } = await openCase(s, s.day(1), [arrestId], drugTrafficking(randomUUID()));
      // Set 26 h ago for a hearing in 6 days' time: short notice, owed within 24 h of the setting.
      const hearing = await s.post<{ hearingId: string }>('court', keys.clerk, `/cases/${caseId}/hearings`, {
        kind: 'investigation',
        hearingAt: at(now + 6 * DAY),
        place: 'Phnom Penh Court of First Instance, room 3',
        scheduledAt: at(now - 26 * HOUR),
      });
      if (told)
        await s.post('court', keys.clerk, `/cases/${caseId}/hearings/${hearing.hearingId}/family-notifications`, {
          notifiedAt: at(now - 25 * HOUR),
          notifiedPerson: 'Sok Mealea (her mother)',
          method: 'phone',
        });
      await s.passClockTo(at(now + 10 * DAY));
      return s.alerts('hearing-not-notified');
    };
    expect(await hearingSetADayBefore(true)).toEqual([]);
    // The same hearing with nobody told: the rule is watching it.
    expect(await hearingSetADayBefore(false)).toHaveLength(1);
  }, 120_000);

  it('(b) a release the prison recorded late, the caregiver told between its setting and its record, is prepared', async () => {
    const releaseSetTwoDaysBefore = async (told: boolean) => {
      const s = new Story(system, new Date(now - 40 * DAY));
      const { custodyId } = await admission(s, s.day(0), `ORD-${randomUUID().slice(0, 8)}`);
      const c = `/custodies/${custodyId}`;
      await s.post('prison', keys.cc2, `${c}/children-records`, childrenAtAdmission(s.day(0.1), [randomUUID()]));
      await s.post('prison', keys.cc2, `${c}/release-schedules`, {
        releaseOn: at(now + 10 * DAY),
        reason: 'sentence-served',
        scheduledAt: at(now - 2 * DAY),
      });
      if (told)
        await s.post('prison', keys.cc2, `${c}/family-notifications`, {
          notifiedAt: at(now - DAY),
          about: 'release',
          notifiedPerson: 'Sok Mealea (her mother, caring for Dara)',
          isCaregiver: true,
          method: 'phone',
        });
      await s.passClockTo(at(now + 9 * DAY));
      return s.alerts('release-not-prepared');
    };
    expect(await releaseSetTwoDaysBefore(true)).toEqual([]);
    expect(await releaseSetTwoDaysBefore(false)).toHaveLength(1);
  }, 120_000);

  it('(c) a judge’s release from police custody ends it: no police custody overdue', async () => {
    const heldByPolice = async (releasedByJudge: boolean) => {
      const s = new Story(system, new Date(now - 10 * DAY));
      const arrestId = await arrested(s, s.day(0));
      await s.post('arrest', keys.police, `/arrests/${arrestId}/police-custody`, { custodyAt: s.hour(0.5), facility: 'Russey Keo police station' });
      if (releasedByJudge)
        await s.post('arrest', keys.police, `/arrests/${arrestId}/judicial-releases`, {
          releasedAt: s.hour(20),
          orderKind: 'judicial-supervision',
          orderedBy: 'Investigating judge Keo Sophal',
        });
      await s.passClockTo(s.day(5));
      return s.alerts('police-custody-overdue');
    };
    expect(await heldByPolice(true)).toEqual([]);
    expect(await heldByPolice(false)).toHaveLength(1);
  }, 120_000);

  it('(d) her son taken to hospital outside prison: an alert while nobody tells her, none once she is told', async () => {
    const hospitalised = async (told: boolean) => {
      const s = new Story(system, new Date(now - 30 * DAY));
      const sonId = randomUUID();
      const { custodyId } = await admission(s, s.day(0), `ORD-${randomUUID().slice(0, 8)}`);
      const c = `/custodies/${custodyId}`;
      await s.post('prison', keys.cc2, `${c}/children-records`, childrenAtAdmission(s.day(0.1), [sonId]));
      const { medicalEventId } = await s.post('prison', keys.cc2, `${c}/child-medical-events`, {
        childId: sonId,
        occurredAt: at(now - 3 * DAY),
        kind: 'hospitalised',
        serious: true,
        where: 'Kantha Bopha hospital',
      });
      if (told)
        await s.post('prison', keys.cc2, `${c}/child-medical-events/${medicalEventId}/parent-told`, {
          toldAt: at(now - 3 * DAY + 2 * HOUR),
          toldBy: 'Social worker Keo Sreymom',
        });
      await s.passClockTo(at(now + DAY));
      return s.alerts('medical-not-notified');
    };
    expect(await hospitalised(false)).toEqual([expect.objectContaining({ ruleId: 'medical-not-notified', status: expect.any(String) })]);
    expect(await hospitalised(true)).toEqual([]);
  }, 120_000);

  it('(e) one visit by three of her four children is contact for each of the three, and only the fourth is owed one', async () => {
    const s = new Story(system, new Date(now - 25 * DAY));
    const children = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const { custodyId } = await admission(s, s.day(0), `ORD-${randomUUID().slice(0, 8)}`);
    const c = `/custodies/${custodyId}`;
    await s.post('prison', keys.cc2, `${c}/children-records`, childrenAtAdmission(s.day(0.1), children));
    await s.post('prison', keys.cc2, `${c}/visits`, {
      visitedAt: s.day(15),
      durationMinutes: 45,
      childIds: children.slice(0, 3),
      accompanyingAdult: 'Sok Mealea (grandmother)',
      setting: 'contact-visit',
      ownClothesAllowed: true,
    });

    // Past the 30 days from her admission, before 30 days from the visit.
    await s.passClockTo(s.day(32));
    const noContact = (await s.alerts('no-parent-child-contact')) as unknown as { childIds: string[] }[];
    expect(noContact.map((a) => a.childIds)).toEqual([[children[3]]]);
  }, 120_000);
});
