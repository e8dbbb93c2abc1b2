/**
 * Issue 7, through the real broker: the case studies of LICADHO's 2015 report "Children of
 * imprisoned mothers" retold as facts posted by the police, court and prison services, one woman
 * each. Every story waits until the child-welfare service has kept all of her facts, then moves the
 * child-welfare clock past the deadlines that matter and sweeps; the rule ids raised for her must
 * be exactly those the report's account implies. A well-handled story raises none. Across the
 * stories every rule of the catalogue is raised at least once; the one the court service's own
 * validation keeps out of its REST API is raised from a court system publishing to the topic itself.
 *
 * All facts lie in the past (the agencies refuse future times); each story lives in its own stretch
 * of time and sets the shared manual clock to its own start. Hearing and release schedulings are
 * stamped by the court and prison with the real time, so the stories that need them in time live
 * around today.
 */
import { randomUUID } from 'node:crypto';
import type { CaseOpened, PretrialDecisionMade } from '@safeguard/contracts';
import { allSafeguards } from '../apps/child-welfare-service/src/safeguards/all-safeguards';
import { cambodiaPolicy } from '../apps/child-welfare-service/src/safeguards/policy';
import { admission, arrestBody, DAY, detention, drugTrafficking, keys, openCase, Story } from './support/case-study';
import { describeWithKafka } from './support/environment';
import { SafeguardSystem } from './support/safeguard-system';
import { teardown } from './support/teardown';

const catalogue = allSafeguards(cambodiaPolicy).ruleIds;

describeWithKafka('the report’s case studies, end to end [real PostgreSQL, real broker]', () => {
  let system: SafeguardSystem;
  const now = Date.now();
  const daysAgo = (d: number) => new Date(now - d * DAY);
  /** What each story raised, once checked against the report: the coverage test reads these. */
  const raisedByStory = new Map<string, string[]>();

  beforeAll(async () => {
    system = await SafeguardSystem.start('kafka', daysAgo(2000));
  }, 120_000);
  afterAll(() => teardown(system), 60_000);

  /*
   * (a) "Case Study – Phalla": military police came to her home after dark, at 8 pm, with the
   * children playing inside; the children cried and ran out, she begged to find them first and was
   * refused. She could phone her family at 10 pm. Nobody asked how many children she had, where
   * they were or who would look after them (the report's arrest section adds that older siblings,
   * children themselves, were assumed to take over). We record the police asking only at 40 h,
   * the children found at home with no adult, no explanation to them, a first appearance before a
   * prosecutor only after 60 h, and a detention order made with no question about her family.
   */
  it('a mother arrested at night in front of her children, asked about them only days later, held past 48 h and detained without a family inquiry', async () => {
    const s = new Story(system, daysAgo(1200));
    const son = randomUUID();
    const daughter = randomUUID();
    const { arrestId } = await s.post(
      'arrest',
      keys.police,
      '/arrests',
      arrestBody(s.personId, {
        name: 'Phalla',
        arrestedAt: s.hour(0),
        place: 'Her home',
        unit: 'military-police',
        offence: { name: 'Drug trafficking', offenceClass: 'felony', maximumPenaltyMonths: 120, violent: false, drugRelated: true },
        circumstances: { childrenPresent: 2, afterDark: true, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
      }),
    );
    const a = `/arrests/${arrestId}`;
    await s.post('arrest', keys.police, `${a}/police-custody`, { custodyAt: s.hour(0.25), facility: 'Military police station' });
    // The 10 pm call: within three hours of custody, so no-family-contact must stay quiet.
    await s.post('arrest', keys.police, `${a}/family-contacts`, {
      contactedAt: s.hour(2),
      method: 'phone',
      contactedName: 'Her elder daughter',
      contactedRelation: 'child',
      childIds: [],
    });
    const alone = { whereabouts: 'with-other-children-only' };
    await s.post('arrest', keys.police, `${a}/dependants-screening`, {
      askedAt: s.hour(40),
      askedBy: 'officer-17',
      answer: 'has-dependants',
      pregnancy: 'not-pregnant',
      numberOfChildren: 2,
      consentToRecordChildDetails: true,
      children: [
        { childId: son, name: 'Vibol', sex: 'male', ageYears: 9, ...alone },
        { childId: daughter, name: 'Sreyleak', sex: 'female', ageYears: 14, ...alone },
      ],
    });
    await s.post('arrest', keys.police, `${a}/judicial-appearances`, {
      broughtAt: s.hour(60),
      authority: 'prosecutor',
      authorityName: 'Phnom Penh prosecutor',
    });
    const { caseId } = await openCase(s, s.hour(62), [arrestId], drugTrafficking(randomUUID()));
    await s.post(
      'court',
      keys.judge,
      `/cases/${caseId}/pretrial-decisions`,
      detention(s.hour(64), 6, `PTD-${randomUUID().slice(0, 8)}`, { asked: false }),
    );

    await s.passClockTo(s.day(10));
    raisedByStory.set(
      'phalla',
      await s.expectRaisedExactly([
        'arrest-conduct-review',
        'child-details-missing',
        'child-not-told',
        'child-without-safe-care',
        'custody-before-care-arranged',
        'dependants-not-asked-at-arrest',
        'police-custody-overdue',
        'pretrial-without-family-inquiry',
      ]),
    );

    // Two deadline rules whose fact came late: raised, and resolved by that fact with how late it was.
    const [asked] = await s.alerts('dependants-not-asked-at-arrest');
    expect(asked).toMatchObject({ status: 'resolved', resolution: 'fact-recorded-late', lateByMinutes: 37 * 60 });
    // Two facts end her police custody late, the prosecutor appearance at 60 h (arrest topic) and
    // the detention order at 64 h (court topic). Whichever topic delivers first, the alert ends
    // resolved by the earlier of the two: a later-arriving, earlier-dated fact re-dates it.
    const [held] = await s.alerts('police-custody-overdue');
    expect(held).toMatchObject({ status: 'resolved', resolution: 'fact-recorded-late', lateByMinutes: Math.round(11.75 * 60) });
  }, 150_000);

  /*
   * (b) "Case Study – Kanha": her four children stayed with their 81-year-old grandmother. The
   * family was not told of the trial in advance and learnt of the verdict by phone; she got two
   * years, one suspended, with nobody weighing her children. The grandmother visited twice with the
   * three-year-old, paying $3 for 15 minutes behind bars; the older children had no contact the
   * prison could record (calls only now and then on a neighbour's phone). The prosecutor appealed
   * and, as the report's footnote 11 explains, she stays in prison past her term until the appeal
   * is heard. Her arrest is not replayed here (story (a) tells that part): the story begins at the
   * prison gate. The children were safe with their grandmother, so no-time-to-arrange-care stays quiet.
   */
  it('a mother sentenced with her children unweighed, her family never told of the trial, child visits paid for behind bars, and held past her term for the prosecution appeal', async () => {
    const s = new Story(system, daysAgo(1000));
    const chargeId = randomUUID();
    const children = [
      ['Rith', 'male', 15],
      ['Srey Pov', 'female', 13],
      ['Nita', 'female', 10],
      ['Kosal', 'male', 3],
    ].map(([name, sex, ageYears]) => ({
      childId: randomUUID(),
      name,
      sex,
      ageYears,
      livesWhere: 'With their grandmother, 81, ninety minutes from the prison',
      custodyStatus: 'with-relative',
    }));
    const youngest = children[3].childId;
    const { caseId } = await openCase(s, s.hour(0), [randomUUID()], drugTrafficking(chargeId));
    const { custodyId } = await admission(s, s.hour(2), `PTD-${randomUUID().slice(0, 8)}`);
    const c = `/custodies/${custodyId}`;
    await s.post('prison', keys.cc2, `${c}/children-records`, {
      recordedAt: s.hour(5),
      answer: 'has-children',
      numberOfChildren: 4,
      consentToRecordDetails: true,
      children,
    });
    for (const d of [20, 100]) {
      await s.post('prison', keys.cc2, `${c}/visits`, {
        visitedAt: s.day(d),
        durationMinutes: 15,
        childId: youngest,
        accompanyingAdult: 'Her mother, 81',
        setting: 'behind-bars-or-screen',
        fee: { amount: 3, currency: 'USD' },
        ownClothesAllowed: false,
      });
    }
    await s.post('court', keys.clerk, `/cases/${caseId}/hearings`, { kind: 'trial', hearingAt: s.day(60), place: 'Court of First Instance' });
    await s.post('court', keys.judge, `/cases/${caseId}/verdicts`, { deliveredAt: s.day(60), findings: [{ chargeId, outcome: 'convicted' }] });
    await s.post('court', keys.judge, `/cases/${caseId}/sentences`, {
      imposedAt: s.day(60),
      custodialMonths: 24,
      suspendedMonths: 12,
      nonCustodialMeasures: [],
      childrenWelfareConsidered: false,
      nonCustodialAlternativesConsidered: false,
    });
    await s.post('court', keys.clerk, `/cases/${caseId}/appeals`, { filedAt: s.day(70), filedBy: 'prosecution', detainedPendingAppeal: true });

    // Past the end of her twelve months in prison, the appeal still unheard.
    await s.passClockTo(s.day(400));
    raisedByStory.set(
      'kanha',
      await s.expectRaisedExactly([
        'child-visit-fee-charged',
        'custodial-without-alternatives',
        'detained-past-sentence',
        'hearing-not-notified',
        'no-parent-child-contact',
      ]),
    );
    // A month past her term the alert has grown from high to critical, and is still open.
    const [pastTerm] = await s.alerts('detained-past-sentence');
    expect(pastTerm).toMatchObject({ status: 'open', severity: 'critical' });
  }, 150_000);

  /*
   * (c) "Case Study – Sasa": arrested in the street for theft, carrying her breastfed baby of six
   * months, whom she took to the police station. Her husband came later that day and a police
   * officer handed him the baby and told him to take her home: Sasa was never offered the choice.
   * She was held ten months before trial (theft is a misdemeanour: at most 4 + 2 months of
   * pre-trial detention), then got one year. Her two children visited two or three times in the
   * year, in the communal area. The police put on record only the baby in front of them, when they
   * handed her over, and asked about no other child (the report: when children were present the
   * police did not usually ask if there were any others).
   */
  it('a mother whose baby was handed to her husband without asking her, held ten months before trial for theft', async () => {
    const s = new Story(system, daysAgo(2000));
    const son = randomUUID();
    const baby = randomUUID();
    const chargeId = randomUUID();
    const ref = `PTD-${randomUUID().slice(0, 8)}`;
    const { arrestId } = await s.post(
      'arrest',
      keys.police,
      '/arrests',
      arrestBody(s.personId, {
        name: 'Sasa',
        arrestedAt: s.hour(0),
        place: 'In the street',
        offence: { name: 'Theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, violent: false, drugRelated: false },
        circumstances: { childrenPresent: 1, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
      }),
    );
    const a = `/arrests/${arrestId}`;
    await s.post('arrest', keys.police, `${a}/police-custody`, { custodyAt: s.hour(0.5), facility: 'District police station' });
    await s.post('arrest', keys.police, `${a}/family-contacts`, {
      contactedAt: s.hour(3),
      method: 'in-person',
      contactedName: 'Her husband',
      contactedRelation: 'father',
      childIds: [],
    });
    await s.post('arrest', keys.police, `${a}/dependants-screening`, {
      askedAt: s.hour(3),
      askedBy: 'officer-17',
      answer: 'has-dependants',
      pregnancy: 'not-pregnant',
      numberOfChildren: 1,
      consentToRecordChildDetails: true,
      children: [
        {
          childId: baby,
          name: 'Chanthy',
          sex: 'female',
          ageYears: 0,
          whereabouts: 'with-parent-in-custody',
          caregiver: { name: 'Sasa', relation: 'mother', ageYears: 30 },
        },
      ],
    });
    await s.post('arrest', keys.police, `${a}/children/${baby}/care-arrangements`, {
      arrangedAt: s.hour(3),
      caregiver: { name: 'Her husband', relation: 'father', ageYears: 32, contact: '+855 12 345 678' },
      chosenByParent: false,
    });
    const { caseId } = await openCase(s, s.hour(28), [arrestId], {
      chargeId,
      offence: 'Theft',
      offenceClass: 'misdemeanour',
      maximumPenaltyMonths: 36,
      violent: false,
    });
    await s.post(
      'court',
      keys.judge,
      `/cases/${caseId}/pretrial-decisions`,
      detention(s.hour(29), 4, ref, { asked: true, care: 'Both children with their father' }),
    );
    await s.post('arrest', keys.police, `${a}/prison-transfers`, { transferredAt: s.hour(30), prisonFacility: 'CC2', detentionOrderReference: ref });
    const { custodyId } = await admission(s, s.hour(31), ref);
    const c = `/custodies/${custodyId}`;
    await s.post('prison', keys.cc2, `${c}/children-records`, {
      recordedAt: s.hour(33),
      answer: 'has-children',
      numberOfChildren: 2,
      consentToRecordDetails: true,
      children: [
        { childId: son, name: 'Rotha', sex: 'male', ageYears: 5, livesWhere: 'With his father, two hours away', custodyStatus: 'with-other-parent' },
        {
          childId: baby,
          name: 'Chanthy',
          sex: 'female',
          ageYears: 0,
          livesWhere: 'With her father, two hours away',
          custodyStatus: 'with-other-parent',
        },
      ],
    });
    await s.post('prison', keys.cc2, `${c}/family-notifications`, {
      notifiedAt: s.hour(34),
      about: 'transfer',
      notifiedPerson: 'Her husband',
      isCaregiver: true,
      method: 'phone',
    });
    for (const d of [40, 150, 300]) {
      for (const childId of [son, baby]) {
        await s.post('prison', keys.cc2, `${c}/visits`, {
          visitedAt: s.day(d),
          durationMinutes: 30,
          childId,
          accompanyingAdult: 'Her husband',
          setting: 'communal-area',
          ownClothesAllowed: true,
        });
      }
    }
    await s.post('court', keys.judge, `/cases/${caseId}/verdicts`, { deliveredAt: s.day(300), findings: [{ chargeId, outcome: 'convicted' }] });
    await s.post('court', keys.judge, `/cases/${caseId}/sentences`, {
      imposedAt: s.day(300),
      custodialMonths: 12,
      suspendedMonths: 0,
      nonCustodialMeasures: [],
      childrenWelfareConsidered: false,
      nonCustodialAlternativesConsidered: false,
    });
    await s.post('prison', keys.cc2, `${c}/releases`, { releasedAt: s.day(364), releasedTo: 'Her husband' });

    await s.passClockTo(s.day(365));
    const expected = [
      'care-changed-without-parent',
      'custodial-without-alternatives',
      'custody-before-care-arranged',
      'no-parent-child-contact',
      'pretrial-overdue',
    ];
    // The six-month-old carried into custody in her mother's arms is owed no explanation she cannot
    // take in (the policy's age floor), so child-not-told stays quiet, as the account implies.
    const raised = await s.raisedRuleIds();
    expect(raised).toEqual([...expected].sort());
    raisedByStory.set('sasa', raised);

    const [overdue] = await s.alerts('pretrial-overdue');
    expect(overdue).toMatchObject({ status: 'resolved', resolution: 'fact-recorded-late' });
    expect(overdue.lateByMinutes).toBeGreaterThan(0);
  }, 150_000);

  /*
   * (d) A foreign national. The report met Cambodians and long-term residents of Vietnamese descent
   * and one Thai national, and asks for special measures so foreign nationals can reach their
   * families and consulates. Her story follows "Case Study – Socheata" and the report's "Access to
   * Information" section: the police asked how many children she had but not where they were; she
   * could reach no one for two weeks; her family was told neither when she was sent from the police
   * station to prison nor when she was moved between prisons; she was hospitalised (as Chenda was)
   * with no word to her family; her only call was on another inmate's unauthorised phone. The
   * charge is one of the report's minor offences (illegal fishing), below the one-year threshold
   * for pre-trial detention. She is released at short notice with nobody told.
   * One step goes beyond the report: the prison punishes that unauthorised call with a ban on family
   * contact. The report describes no sanction; the step proves Bangkok Rule 23's rule end to end.
   * The police knew of three children (a count, no details) and took her into custody with nothing
   * recorded of their care until the judge noted it a day and a half later: custody before care
   * was arranged, resolved late by the judge's note.
   */
  it('a foreign national held for a minor offence, never put in touch with family or consulate, moved and released with nobody told', async () => {
    const s = new Story(system, daysAgo(60));
    const ref = `PTD-${randomUUID().slice(0, 8)}`;
    const { arrestId } = await s.post(
      'arrest',
      keys.police,
      '/arrests',
      arrestBody(s.personId, {
        name: 'Nguyen Thi Lan',
        nationality: 'VN',
        arrestedAt: s.hour(0),
        place: 'Floating village, Chbar Ampov',
        offence: { name: 'Illegal fishing', offenceClass: 'misdemeanour', maximumPenaltyMonths: 6, violent: false, drugRelated: false },
        circumstances: { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
      }),
    );
    const a = `/arrests/${arrestId}`;
    await s.post('arrest', keys.police, `${a}/dependants-screening`, {
      askedAt: s.hour(1),
      askedBy: 'officer-17',
      answer: 'has-dependants',
      pregnancy: 'not-pregnant',
      numberOfChildren: 3,
      consentToRecordChildDetails: false,
      children: [],
    });
    await s.post('arrest', keys.police, `${a}/police-custody`, { custodyAt: s.hour(1.5), facility: 'Chbar Ampov police station' });
    const { caseId } = await openCase(s, s.hour(38), [arrestId], {
      chargeId: randomUUID(),
      offence: 'Illegal fishing',
      offenceClass: 'misdemeanour',
      maximumPenaltyMonths: 6,
      violent: false,
    });
    await s.post(
      'court',
      keys.judge,
      `/cases/${caseId}/pretrial-decisions`,
      detention(s.hour(39), 4, ref, { asked: true, care: 'Three children with their father in the floating village' }),
    );
    await s.post('arrest', keys.police, `${a}/prison-transfers`, { transferredAt: s.hour(40), prisonFacility: 'CC2', detentionOrderReference: ref });
    const { custodyId } = await admission(s, s.hour(41), ref, 'VN');
    const c = `/custodies/${custodyId}`;
    await s.post('prison', keys.cc2, `${c}/transfers`, { transferredAt: s.day(20), toFacilityId: 'PJ', reason: 'Overcrowding' });
    await s.post('prison', keys.pj, `${c}/medical-events`, { occurredAt: s.day(30), kind: 'hospitalised', serious: true });
    await s.post('prison', keys.pj, `${c}/disciplinary-sanctions`, {
      imposedAt: s.day(35),
      sanction: 'Used another inmate’s unauthorised phone',
      days: 30,
      restrictsFamilyContact: true,
    });
    const releaseOn = new Date().toISOString();
    await s.post('prison', keys.pj, `${c}/release-schedules`, { releaseOn, reason: 'bail' });
    await s.post('prison', keys.pj, `${c}/releases`, { releasedAt: releaseOn, releasedTo: 'Nobody met her' });

    await s.passClockTo(new Date(Date.now() + 2 * DAY).toISOString());
    raisedByStory.set(
      'foreign-national',
      await s.expectRaisedExactly([
        'children-not-recorded-at-admission',
        'contact-banned-as-sanction',
        'custody-before-care-arranged',
        'medical-not-notified',
        'no-consular-contact',
        'no-family-contact',
        'pretrial-below-threshold',
        'release-not-prepared',
        'transfer-not-notified',
      ]),
    );
  }, 150_000);

  /*
   * "Families Torn Apart – Neary": arrested for drug trafficking; nobody asked about her family and
   * when she was sent to prison nothing was said of her children. Her baby girl lived in prison with
   * her; her husband lived on the streets with the four-year-old and visited a few times a week
   * with him, the guards waiving the fee; the oldest, seven, also on the streets, never came. Tried
   * about four months later with no lawyer, two years in prison at once, then a royal pardon and
   * release two weeks on. The prison never assessed the baby, as the report's recommendations on
   * children in prison ask. Her arrest is not replayed: the story begins at the detention order.
   */
  it('a mother with her baby in prison, detained and sentenced with no word about her children, the eldest left without care or contact', async () => {
    const s = new Story(system, daysAgo(1500));
    const chargeId = randomUUID();
    const [eldest, middle, baby] = [randomUUID(), randomUUID(), randomUUID()];
    const ref = `PTD-${randomUUID().slice(0, 8)}`;
    const { caseId } = await openCase(s, s.hour(0), [randomUUID()], drugTrafficking(chargeId));
    await s.post('court', keys.judge, `/cases/${caseId}/pretrial-decisions`, detention(s.hour(2), 6, ref, { asked: false }));
    const { custodyId } = await admission(s, s.hour(4), ref);
    const c = `/custodies/${custodyId}`;
    const babyBorn = new Date(s.start.getTime() - 210 * DAY).toISOString().slice(0, 10);
    await s.post('prison', keys.cc2, `${c}/children-in-prison`, {
      childId: baby,
      admittedAt: s.hour(4),
      dateOfBirth: babyBorn,
      reason: 'Breastfed infant',
    });
    await s.post('prison', keys.cc2, `${c}/children-records`, {
      // The baby is on record as living in prison with her; the two boys outside are listed here.
      recordedAt: s.hour(6),
      answer: 'has-children',
      numberOfChildren: 2,
      consentToRecordDetails: true,
      children: [
        { childId: eldest, name: 'Sokha', sex: 'male', ageYears: 7, livesWhere: 'On the streets of Phnom Penh', custodyStatus: 'other' },
        {
          childId: middle,
          name: 'Piseth',
          sex: 'male',
          ageYears: 4,
          livesWhere: 'With his father, under a bridge',
          custodyStatus: 'with-other-parent',
        },
      ],
    });
    for (let d = 10; d <= 130; d += 20) {
      await s.post('prison', keys.cc2, `${c}/visits`, {
        visitedAt: s.day(d),
        durationMinutes: 30,
        childId: middle,
        accompanyingAdult: 'Her husband',
        setting: 'communal-area',
        ownClothesAllowed: true,
      });
    }
    await s.post('court', keys.judge, `/cases/${caseId}/verdicts`, { deliveredAt: s.day(135), findings: [{ chargeId, outcome: 'convicted' }] });
    await s.post('court', keys.judge, `/cases/${caseId}/sentences`, {
      imposedAt: s.day(135),
      custodialMonths: 24,
      suspendedMonths: 0,
      nonCustodialMeasures: [],
      childrenWelfareConsidered: false,
      nonCustodialAlternativesConsidered: false,
    });
    await s.post('court', keys.clerk, `/cases/${caseId}/clemency`, { grantedAt: s.day(149), kind: 'pardon' });
    await s.post('prison', keys.cc2, `${c}/releases`, { releasedAt: s.day(149), releasedTo: 'Her husband, with the baby' });

    await s.passClockTo(s.day(150));
    raisedByStory.set(
      'neary',
      await s.expectRaisedExactly([
        'child-in-prison-assessment-overdue',
        'custodial-without-alternatives',
        'no-parent-child-contact',
        'no-time-to-arrange-care',
        'pretrial-without-family-inquiry',
      ]),
    );
  }, 150_000);

  /*
   * (e) Everything the report's recommendations ask, done: asked at once, care arranged by her
   * before custody, a call home, both children told (the one present at once, the other the next
   * day), the details on record, a prosecutor within a day, a judge who asked about the children
   * and noted their care, the family told of the move to prison and of the hearing, the children
   * recorded on admission, calls and free contact visits under 30 days apart, her release on
   * judicial supervision announced to the grandmother weeks ahead. The clock passes every deadline
   * that falls before that release; the next contact and the detention limit fall after it.
   */
  it('a well-handled story raises no alert, after every deadline before her release has passed', async () => {
    const s = new Story(system, daysAgo(40));
    const [older, younger] = [randomUUID(), randomUUID()];
    const grandmother = { name: 'Chea Sophea', relation: 'grandparent', ageYears: 58, contact: '+855 12 987 654' };
    const ref = `PTD-${randomUUID().slice(0, 8)}`;
    const { arrestId } = await s.post(
      'arrest',
      keys.police,
      '/arrests',
      arrestBody(s.personId, {
        name: 'Kim Srey',
        arrestedAt: s.hour(0),
        place: 'Her market stall',
        offence: { name: 'Drug possession', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false, drugRelated: true },
        circumstances: { childrenPresent: 1, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
      }),
    );
    const a = `/arrests/${arrestId}`;
    const withGrandmother = { whereabouts: 'at-home-with-caregiver', caregiver: grandmother };
    await s.post('arrest', keys.police, `${a}/dependants-screening`, {
      askedAt: s.hour(0.3),
      askedBy: 'officer-17',
      answer: 'has-dependants',
      pregnancy: 'not-pregnant',
      numberOfChildren: 2,
      consentToRecordChildDetails: true,
      children: [
        { childId: older, name: 'Dara', sex: 'male', ageYears: 8, ...withGrandmother },
        { childId: younger, name: 'Lina', sex: 'female', ageYears: 3, ...withGrandmother },
      ],
    });
    await s.post('arrest', keys.police, `${a}/children/${older}/explanations`, {
      explainedAt: s.hour(0.4),
      explainedBy: 'His mother, with officer-17',
    });
    for (const childId of [older, younger]) {
      await s.post('arrest', keys.police, `${a}/children/${childId}/care-arrangements`, {
        arrangedAt: s.hour(0.5),
        caregiver: grandmother,
        chosenByParent: true,
      });
    }
    await s.post('arrest', keys.police, `${a}/police-custody`, { custodyAt: s.hour(0.75), facility: 'Chbar Ampov police station' });
    await s.post('arrest', keys.police, `${a}/family-contacts`, {
      contactedAt: s.hour(1),
      method: 'phone',
      contactedName: grandmother.name,
      contactedRelation: 'grandparent',
      childIds: [older, younger],
    });
    await s.post('arrest', keys.police, `${a}/children/${younger}/explanations`, {
      explainedAt: s.hour(20),
      explainedBy: 'officer-17, with her grandmother',
    });
    await s.post('arrest', keys.police, `${a}/judicial-appearances`, {
      broughtAt: s.hour(20),
      authority: 'prosecutor',
      authorityName: 'Phnom Penh prosecutor',
    });
    const { caseId } = await openCase(s, s.hour(22), [arrestId], {
      chargeId: randomUUID(),
      offence: 'Drug possession',
      offenceClass: 'felony',
      maximumPenaltyMonths: 60,
      violent: false,
    });
    await s.post(
      'court',
      keys.judge,
      `/cases/${caseId}/pretrial-decisions`,
      detention(s.hour(23), 4, ref, { asked: true, care: 'Both children with their grandmother, as she chose' }),
    );
    await s.post('arrest', keys.police, `${a}/prison-transfers`, { transferredAt: s.hour(26), prisonFacility: 'CC2', detentionOrderReference: ref });
    const { custodyId } = await admission(s, s.hour(27), ref);
    const c = `/custodies/${custodyId}`;
    const tellGrandmother = (notifiedAt: string, about: string) =>
      s.post('prison', keys.cc2, `${c}/family-notifications`, {
        notifiedAt,
        about,
        notifiedPerson: grandmother.name,
        isCaregiver: true,
        method: 'phone',
      });
    await tellGrandmother(s.hour(27.5), 'transfer');
    await s.post('prison', keys.cc2, `${c}/children-records`, {
      recordedAt: s.hour(28),
      answer: 'has-children',
      numberOfChildren: 2,
      consentToRecordDetails: true,
      children: [older, younger].map((childId, i) => ({
        childId,
        name: ['Dara', 'Lina'][i],
        sex: ['male', 'female'][i],
        ageYears: [8, 3][i],
        livesWhere: 'With their grandmother',
        custodyStatus: 'with-relative',
      })),
    });
    const call = (calledAt: string) =>
      s.post('prison', keys.cc2, `${c}/phone-calls`, {
        calledAt,
        withWhom: 'Her mother and both children',
        childIds: [older, younger],
        durationMinutes: 10,
      });
    await call(s.day(5));
    for (const childId of [older, younger]) {
      await s.post('prison', keys.cc2, `${c}/visits`, {
        visitedAt: s.day(20),
        durationMinutes: 60,
        childId,
        accompanyingAdult: grandmother.name,
        setting: 'contact-visit',
        ownClothesAllowed: true,
      });
    }
    await call(s.day(38));
    // Hearing and release schedulings are stamped with the real time: both lie ahead, announced today.
    const { hearingId } = await s.post('court', keys.clerk, `/cases/${caseId}/hearings`, {
      kind: 'investigation',
      hearingAt: new Date(now + 10 * DAY).toISOString(),
      place: 'Phnom Penh Municipal Court',
    });
    await s.post('court', keys.clerk, `/cases/${caseId}/hearings/${hearingId}/family-notifications`, {
      notifiedAt: new Date().toISOString(),
      notifiedPerson: grandmother.name,
      method: 'phone',
    });
    await s.post('prison', keys.cc2, `${c}/release-schedules`, { releaseOn: new Date(now + 20 * DAY).toISOString(), reason: 'judicial-supervision' });
    await tellGrandmother(new Date().toISOString(), 'release');

    await s.passClockTo(new Date(now + 19 * DAY).toISOString());
    raisedByStory.set('well-handled', await s.expectRaisedExactly([]));
  }, 150_000);

  /*
   * (f) The report's admission section: police who never asked, and a prison that did. Nobody at
   * the arrest asked about children; the judge asked at the detention hearing; on admission the
   * prison recorded two children living alone. The prison's record is what raises the alarm, against
   * the prison that must act; two days later the prison records them with their father, which
   * resolves it, and shows how long the children waited. The police's missed question resolves
   * late by the judge's; custody came before any care, resolved by the prison's later record.
   */
  it('a prison that learns at admission that the children are alone, though the police never asked', async () => {
    const s = new Story(system, daysAgo(500));
    const ref = `PTD-${randomUUID().slice(0, 8)}`;
    const [boy, girl] = [randomUUID(), randomUUID()];
    const { arrestId } = await s.post(
      'arrest',
      keys.police,
      '/arrests',
      arrestBody(s.personId, {
        name: 'Srey Mom',
        arrestedAt: s.hour(0),
        place: 'A guesthouse',
        offence: { name: 'Drug possession', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false, drugRelated: true },
        circumstances: { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
      }),
    );
    const a = `/arrests/${arrestId}`;
    await s.post('arrest', keys.police, `${a}/police-custody`, { custodyAt: s.hour(0.5), facility: 'Daun Penh police station' });
    await s.post('arrest', keys.police, `${a}/family-contacts`, {
      contactedAt: s.hour(1),
      method: 'phone',
      contactedName: 'Her neighbour',
      contactedRelation: 'neighbour',
      childIds: [],
    });
    await s.post('arrest', keys.police, `${a}/judicial-appearances`, {
      broughtAt: s.hour(20),
      authority: 'prosecutor',
      authorityName: 'Phnom Penh prosecutor',
    });
    const { caseId } = await openCase(s, s.hour(22), [arrestId], {
      chargeId: randomUUID(),
      offence: 'Drug possession',
      offenceClass: 'felony',
      maximumPenaltyMonths: 60,
      violent: false,
    });
    await s.post('court', keys.judge, `/cases/${caseId}/pretrial-decisions`, detention(s.hour(23), 4, ref, { asked: true }));
    await s.post('arrest', keys.police, `${a}/prison-transfers`, { transferredAt: s.hour(26), prisonFacility: 'CC2', detentionOrderReference: ref });
    const { custodyId } = await admission(s, s.hour(27), ref);
    const c = `/custodies/${custodyId}`;
    await s.post('prison', keys.cc2, `${c}/family-notifications`, {
      notifiedAt: s.hour(27.5),
      about: 'transfer',
      notifiedPerson: 'Her neighbour',
      isCaregiver: false,
      method: 'phone',
    });
    const record = (recordedAt: string, custodyStatus: string, livesWhere: string) =>
      s.post('prison', keys.cc2, `${c}/children-records`, {
        recordedAt,
        answer: 'has-children',
        numberOfChildren: 2,
        consentToRecordDetails: true,
        children: [
          { childId: boy, name: 'Visal', sex: 'male', ageYears: 10, livesWhere, custodyStatus },
          { childId: girl, name: 'Nary', sex: 'female', ageYears: 6, livesWhere, custodyStatus },
        ],
      });
    await record(s.hour(28), 'alone', 'Alone in their rented room');
    await record(s.day(3), 'with-other-parent', 'With their father, who came back from Thailand');

    await s.passClockTo(s.day(10));
    raisedByStory.set(
      'prison-learns-children-alone',
      await s.expectRaisedExactly(['child-without-safe-care', 'custody-before-care-arranged', 'dependants-not-asked-at-arrest']),
    );
    const alone = await s.alerts('child-without-safe-care');
    expect(alone).toHaveLength(2);
    for (const alert of alone) {
      expect(alert).toMatchObject({
        status: 'resolved',
        resolution: 'fact-recorded-late',
        lateByMinutes: 72 * 60 - 28 * 60,
        responsibleAgency: 'prison',
        responsibleUnitId: 'CC2',
      });
    }
    const [asked] = await s.alerts('dependants-not-asked-at-arrest');
    expect(asked).toMatchObject({ status: 'resolved', lateByMinutes: 20 * 60 });
  }, 150_000);

  /*
   * (h) A single father (the catalogue says "a parent"): the police asked at once and he arranged
   * for a neighbour to take his two children; the judge detained him without asking about them.
   * Every text names him as the father, never "she".
   */
  it('a single father detained without the judge asking about his children', async () => {
    const s = new Story(system, daysAgo(700));
    const ref = `PTD-${randomUUID().slice(0, 8)}`;
    const [son, daughter] = [randomUUID(), randomUUID()];
    const neighbour = { name: 'Yim Sokha', relation: 'neighbour', ageYears: 50, contact: '+855 12 111 222' };
    const { arrestId } = await s.post(
      'arrest',
      keys.police,
      '/arrests',
      arrestBody(s.personId, {
        name: 'Chea Vanna',
        sex: 'male',
        arrestedAt: s.hour(0),
        place: 'His workshop',
        offence: { name: 'Theft', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false, drugRelated: false },
        circumstances: { childrenPresent: 2, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
      }),
    );
    const a = `/arrests/${arrestId}`;
    await s.post('arrest', keys.police, `${a}/dependants-screening`, {
      askedAt: s.hour(0.2),
      askedBy: 'officer-9',
      answer: 'has-dependants',
      pregnancy: 'not-applicable',
      numberOfChildren: 2,
      consentToRecordChildDetails: true,
      children: [son, daughter].map((childId, i) => ({
        childId,
        name: ['Rithy', 'Sreyneang'][i],
        sex: ['male', 'female'][i],
        ageYears: [9, 6][i],
        whereabouts: 'with-neighbour',
        caregiver: neighbour,
      })),
    });
    for (const childId of [son, daughter]) {
      await s.post('arrest', keys.police, `${a}/children/${childId}/explanations`, {
        explainedAt: s.hour(0.3),
        explainedBy: 'Their father, with officer-9',
      });
      await s.post('arrest', keys.police, `${a}/children/${childId}/care-arrangements`, {
        arrangedAt: s.hour(0.4),
        caregiver: neighbour,
        chosenByParent: true,
      });
    }
    await s.post('arrest', keys.police, `${a}/police-custody`, { custodyAt: s.hour(0.5), facility: 'Tuol Kork police station' });
    await s.post('arrest', keys.police, `${a}/family-contacts`, {
      contactedAt: s.hour(1),
      method: 'phone',
      contactedName: neighbour.name,
      contactedRelation: 'neighbour',
      childIds: [son, daughter],
    });
    await s.post('arrest', keys.police, `${a}/judicial-appearances`, {
      broughtAt: s.hour(20),
      authority: 'prosecutor',
      authorityName: 'Phnom Penh prosecutor',
    });
    const { caseId } = await openCase(s, s.hour(22), [arrestId], {
      chargeId: randomUUID(),
      offence: 'Theft',
      offenceClass: 'felony',
      maximumPenaltyMonths: 60,
      violent: false,
    });
    await s.post('court', keys.judge, `/cases/${caseId}/pretrial-decisions`, detention(s.hour(23), 4, ref, { asked: false }));

    await s.passClockTo(s.day(3));
    raisedByStory.set('single-father', await s.expectRaisedExactly(['pretrial-without-family-inquiry']));
    const [alert] = await s.alerts('pretrial-without-family-inquiry');
    const { summary } = alert;
    expect(summary).toMatch(/\bfather\b|\bhis\b|\bhe\b/);
    expect(summary).not.toMatch(/\b(she|her|mother|woman)\b/i);
  }, 150_000);

  /*
   * pretrial-grounds-missing cannot be raised through the REST APIs: the court service refuses a
   * detention order with no ground of CCP art. 205 or with reasons under 20 characters
   * (MakePretrialDecision, 422), so no such order is ever published. The rule guards the events
   * themselves (an older producer, a replayed topic); its unit tests cover it.
   */
  /*
   * (g) The report's pre-trial section: detention ordered as a matter of course, the order giving
   * no legal ground and no reasons. The court service refuses such an order at its door (422), so
   * here a provincial court's own case system publishes to the court topic itself, as agencies with
   * their own software do; the child-welfare service reads the topic, not the court service's checks.
   */
  it('a detention order published by a court system with no legal ground and no written reasons', async () => {
    const s = new Story(system, daysAgo(300));
    const { arrestId } = await s.post(
      'arrest',
      keys.police,
      '/arrests',
      arrestBody(s.personId, {
        name: 'Sophea',
        arrestedAt: s.hour(0),
        place: 'Kandal market',
        offence: { name: 'Drug trafficking', offenceClass: 'felony', maximumPenaltyMonths: 120, violent: false, drugRelated: true },
        circumstances: { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
      }),
    );
    const a = `/arrests/${arrestId}`;
    await s.post('arrest', keys.police, `${a}/dependants-screening`, {
      askedAt: s.hour(0.5),
      askedBy: 'officer-3',
      answer: 'no-dependants',
      pregnancy: 'not-pregnant',
      numberOfChildren: 0,
      consentToRecordChildDetails: false,
      children: [],
    });
    await s.post('arrest', keys.police, `${a}/police-custody`, { custodyAt: s.hour(1), facility: 'Kandal provincial police' });
    await s.post('arrest', keys.police, `${a}/family-contacts`, {
      contactedAt: s.hour(1.5),
      method: 'phone',
      contactedName: 'Her sister',
      contactedRelation: 'other-relative',
      childIds: [],
    });
    const caseId = randomUUID();
    const opened: CaseOpened = {
      type: 'CaseOpened',
      data: {
        caseId,
        caseReference: 'KD-2026-0077',
        arrestIds: [arrestId],
        personId: s.personId,
        openedAt: s.hour(20),
        charges: [{ ...drugTrafficking(randomUUID()), minimumPenaltyMonths: null } as CaseOpened['data']['charges'][number]],
      },
    };
    const order: PretrialDecisionMade = {
      type: 'PretrialDecisionMade',
      data: {
        caseId,
        personId: s.personId,
        decidedAt: s.hour(24),
        judge: 'Investigating judge, Kandal',
        outcome: 'detention',
        grounds: [],
        justification: null,
        askedAboutPregnancyAndDependants: true,
        careArrangementsNoted: 'No dependants',
        alternativesConsidered: true,
        detentionMonths: 4,
        detentionOrderReference: 'KD-DO-0077',
      },
    };
    await s.publishAsCourtSystem(opened);
    await s.publishAsCourtSystem(order);

    await s.passClockTo(s.day(3));
    raisedByStory.set('court-system', await s.expectRaisedExactly(['pretrial-grounds-missing']));
  }, 150_000);

  it('raises every rule of the catalogue across the stories', () => {
    const raised = new Set([...raisedByStory.values()].flat());
    expect(catalogue.filter((id) => !raised.has(id))).toEqual([]);
  });
});
