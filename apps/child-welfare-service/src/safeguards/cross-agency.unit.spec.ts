/**
 * Issue 12's cross-agency table: for each rule of the catalogue, the fact owed, recorded by each
 * agency that can record it, keeps the rule quiet when it came in time and resolves the alert with
 * how late when it came late; and a record by any agency that shows the miss raises it. The rules
 * run as the inbox runs them (all of them, on the whole file), so a rule that read only one
 * agency's records would fail here.
 */
import type { Agency } from '@safeguard/contracts';
import {
  aCareArrangementMade,
  aChildGivenExplanation,
  aConsularContactOffered,
  aDependantsScreening,
  aFamilyContactGiven,
  anArrestMade,
  broughtBeforeJudicialAuthority,
  takenIntoPoliceCustody,
  transferredToPrison,
} from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aCaseOpened,
  aCharge,
  aFamilyNotifiedOfHearing,
  aHearingScheduled,
  aPretrialDetentionOrdered,
  aPretrialRelease,
  aSentenceImposed,
  aVerdictDelivered,
} from '@safeguard/contracts/testing/court-fixtures';
import {
  aChildAdmittedWithParent,
  aChildAssessed,
  aChildrenRecordedAtAdmission,
  aConsularContactRecorded,
  aDisciplinarySanctionImposed,
  aFamilyNotified,
  aMedicalEventRecorded,
  aPersonAdmitted,
  aPersonReleased,
  aPhoneCallMade,
  aReleaseScheduled,
  aVisitTookPlace,
} from '@safeguard/contracts/testing/prison-fixtures';
import type { AgencyEvent } from '../person-file/person-file';
import { eventIdOf, fileOf } from '../person-file/person-file.testing';
import { allSafeguards } from './all-safeguards';
import { cambodiaPolicy } from './policy';
import { RULE_CATALOGUE, type RuleId } from './rule-catalogue';
import type { SafeguardOutcome } from './safeguard-outcome';

const safeguards = allSafeguards(cambodiaPolicy);
const outcomesOf = (ruleId: RuleId, events: readonly AgencyEvent[]): SafeguardOutcome[] =>
  safeguards.evaluate(fileOf(...events)).filter((o) => o.kind !== 'nothing' && (o.kind === 'raise-alert' ? o.alert.ruleId : o.ruleId) === ruleId);

/** The fact owed as one agency records it: in time, and late. */
interface Owed {
  readonly agency: Agency;
  readonly inTime: readonly AgencyEvent[];
  readonly late: readonly AgencyEvent[];
}

/** A record by one agency that shows the miss by itself. */
interface Shows {
  readonly agency: Agency;
  readonly facts: readonly AgencyEvent[];
}

interface Row {
  readonly ruleId: RuleId;
  /** The facts that make the safeguard owed. */
  readonly given: readonly AgencyEvent[];
  readonly owed: readonly Owed[];
  readonly shows: readonly Shows[];
}

// One arrest, taken on to prison: the setting every arrest-stage row shares.
const arrest = anArrestMade({
  arrestedAt: '2026-03-01T13:00:00.000Z',
  circumstances: { childrenPresent: 1, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
});
const personId = arrest.data.person.personId;
const h = (hours: number) => new Date(Date.parse('2026-03-01T13:00:00.000Z') + hours * 3_600_000).toISOString();
const day = (days: number) => h(24 * days);
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: h(0.5) });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], caseReference: 'CR-1', openedAt: h(20) });
const order = (hours: number, asked: boolean) =>
  aPretrialDetentionOrdered(opened.data, {
    decidedAt: h(hours),
    askedAboutPregnancyAndDependants: asked,
    careArrangementsNoted: asked ? 'With their father' : null,
    detentionOrderReference: 'DO-1',
  });
const toPrison = transferredToPrison(arrest.data, { transferredAt: h(24), detentionOrderReference: 'DO-1' });
const admission = aPersonAdmitted({ personId, admittedAt: h(25), courtCaseReference: 'CR-1', orderReference: 'DO-1' });
const child = { childId: 'c1', name: 'Dara', sex: 'male', detailsWithheld: null, dateOfBirth: null, birthYear: null, ageYears: 8 } as const;
const screening = (hours: number, whereabouts: 'not-recorded' | 'alone' | 'with-relative' = 'not-recorded', caregiverContact: string | null = null) =>
  aDependantsScreening(arrest.data, {
    askedAt: h(hours),
    numberOfChildren: 1,
    children: [
      {
        ...child,
        whereabouts,
        caregiver: whereabouts === 'with-relative' ? { name: 'Sok Mealea', relation: 'grandparent', ageYears: 58, contact: caregiverContact } : null,
      },
    ],
  });
const prisonRecord = (hours: number, custodyStatus: 'alone' | 'with-other-parent', ageYears: number | null = 8) =>
  aChildrenRecordedAtAdmission(admission.data, {
    recordedAt: h(hours),
    numberOfChildren: 1,
    children: [{ ...child, childId: 'prison-c1', ageYears, livesWhere: null, custodyStatus }],
  });

const releasedFromPrison = (days: number, from = admission) => aPersonReleased(from.data, { releasedAt: day(days) });

// Court stage: an order without the family inquiry, one without grounds; a case for a minor theft; a hearing set on day 5 for day 40.
const unreasoned = aPretrialDetentionOrdered(opened.data, {
  decidedAt: h(22),
  grounds: [],
  askedAboutPregnancyAndDependants: true,
  careArrangementsNoted: 'With their father',
  detentionOrderReference: 'DO-1',
});
const theftCase = aCaseOpened({
  personId,
  caseId: 'case-theft',
  caseReference: 'CR-THEFT',
  arrestIds: [arrest.data.arrestId],
  openedAt: h(20),
  charges: [aCharge({ offence: 'Simple theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: 6 })],
});
const theftOrder = aPretrialDetentionOrdered(theftCase.data, { decidedAt: h(22), detentionOrderReference: 'DO-THEFT' });
const theftAdmission = aPersonAdmitted({
  personId,
  custodyId: 'custody-theft',
  admittedAt: h(25),
  courtCaseReference: 'CR-THEFT',
  orderReference: 'DO-THEFT',
});
const hearing = aHearingScheduled(opened.data, {
  hearingId: 'hearing-1',
  scheduledAt: day(5),
  scheduledAtSource: 'stated-by-agency',
  hearingAt: day(40),
});
const convicted = aVerdictDelivered(opened.data, 'convicted', { deliveredAt: day(60) });
// Two years, one suspended, to start at once; the welfare of the children and the alternatives weighed unless said.
const sentenced = (days: number, weighed = true) => aSentenceImposed(opened.data, { imposedAt: day(days), childrenWelfareConsidered: weighed });

// Prison stage.
const baby = aChildAdmittedWithParent(admission.data, { childId: 'prison-baby', admittedAt: h(25), dateOfBirth: '2025-12-01' });
const visit = (days: number, fee: { amount: number; currency: string } | null = null) =>
  aVisitTookPlace(admission.data, { visitId: `visit-${days}`, visitedAt: day(days), childIds: ['c1'], fee });
const hospitalised = aMedicalEventRecorded(admission.data, { occurredAt: day(10) });
const releaseSet = aReleaseScheduled(admission.data, { scheduledAt: day(60), scheduledAtSource: 'stated-by-agency', releaseOn: day(100) });
const toldOf = (about: 'transfer' | 'medical' | 'release' | 'legal-date', at: string) =>
  aFamilyNotified(admission.data, { about, isCaregiver: true, notifiedAt: at });
const contactBanned = aDisciplinarySanctionImposed(admission.data, {
  imposedAt: day(30),
  restrictsFamilyContact: true,
  sanction: 'No visits or calls for fighting',
  days: 14,
});

// A foreign national, arrested and held the same way.
const foreigner = anArrestMade({
  arrestId: 'arrest-vn',
  arrestedAt: h(0),
  person: { ...arrest.data.person, personId: 'person-vn', nationality: 'VN' },
});
const foreignerHeld = takenIntoPoliceCustody(foreigner.data, { custodyAt: h(0.5) });
const foreignerAdmitted = aPersonAdmitted({
  personId: 'person-vn',
  custodyId: 'custody-vn',
  admittedAt: h(25),
  nationality: 'VN',
  orderReference: 'DO-VN',
  courtCaseReference: null,
});
const foreignerToPrison = transferredToPrison(foreigner.data, { transferredAt: h(24), detentionOrderReference: 'DO-VN' });

const rows: Row[] = [
  {
    ruleId: 'dependants-not-asked-at-arrest',
    given: [arrest],
    owed: [
      { agency: 'police', inTime: [screening(1)], late: [screening(5)] },
      { agency: 'court', inTime: [], late: [opened, order(22, true)] },
      { agency: 'prison', inTime: [], late: [opened, toPrison, admission, prisonRecord(26, 'with-other-parent')] },
    ],
    shows: [],
  },
  {
    ruleId: 'child-without-safe-care',
    given: [arrest, custody],
    owed: [
      { agency: 'police', inTime: [], late: [screening(1, 'alone'), aCareArrangementMade(arrest.data, 'c1', { arrangedAt: h(3) })] },
      { agency: 'prison', inTime: [], late: [screening(1, 'alone'), opened, toPrison, admission, prisonRecord(26, 'with-other-parent')] },
    ],
    shows: [
      { agency: 'police', facts: [screening(1, 'alone')] },
      { agency: 'prison', facts: [opened, toPrison, admission, prisonRecord(26, 'alone')] },
    ],
  },
  {
    ruleId: 'custody-before-care-arranged',
    given: [arrest, screening(0.2), custody],
    owed: [
      {
        agency: 'police',
        inTime: [aCareArrangementMade(arrest.data, 'c1', { arrangedAt: h(0.3) })],
        late: [aCareArrangementMade(arrest.data, 'c1', { arrangedAt: h(3) })],
      },
      { agency: 'prison', inTime: [], late: [opened, toPrison, admission, prisonRecord(26, 'with-other-parent')] },
    ],
    shows: [],
  },
  {
    ruleId: 'no-family-contact',
    given: [arrest, custody],
    owed: [
      {
        agency: 'police',
        inTime: [aFamilyContactGiven(arrest.data, [], { contactedAt: h(1) })],
        late: [aFamilyContactGiven(arrest.data, [], { contactedAt: h(5) })],
      },
      { agency: 'prison', inTime: [], late: [opened, toPrison, admission, aPhoneCallMade(admission.data, [], { calledAt: h(30) })] },
    ],
    shows: [],
  },
  {
    ruleId: 'child-details-missing',
    given: [arrest, screening(1)],
    owed: [
      { agency: 'police', inTime: [screening(2, 'with-relative', '+855 12 000 001')], late: [screening(30, 'with-relative', '+855 12 000 001')] },
    ],
    shows: [],
  },
  {
    ruleId: 'child-not-told',
    given: [arrest, screening(1)],
    owed: [
      {
        agency: 'police',
        inTime: [aChildGivenExplanation(arrest.data, 'c1', { explainedAt: h(1.5) })],
        late: [aChildGivenExplanation(arrest.data, 'c1', { explainedAt: h(5) })],
      },
    ],
    shows: [],
  },
  {
    ruleId: 'arrest-conduct-review',
    given: [],
    owed: [],
    shows: [
      {
        agency: 'police',
        facts: [
          anArrestMade({
            person: { ...arrest.data.person, personId: 'person-night' },
            circumstances: { childrenPresent: 2, afterDark: true, restraintsOrSirensInFrontOfChildren: true, searchWithChildPresent: false },
          }),
        ],
      },
    ],
  },
  {
    ruleId: 'pretrial-without-family-inquiry',
    given: [arrest, screening(1), opened],
    owed: [
      { agency: 'court', inTime: [], late: [order(22, false), order(46, true)] },
      { agency: 'prison', inTime: [], late: [order(22, false), toPrison, admission, releasedFromPrison(10)] },
    ],
    shows: [{ agency: 'court', facts: [order(22, false)] }],
  },
  {
    ruleId: 'pretrial-grounds-missing',
    given: [arrest, opened],
    owed: [
      { agency: 'court', inTime: [], late: [unreasoned, order(46, true)] },
      { agency: 'prison', inTime: [], late: [unreasoned, toPrison, admission, releasedFromPrison(10)] },
    ],
    shows: [{ agency: 'court', facts: [unreasoned] }],
  },
  {
    ruleId: 'pretrial-below-threshold',
    given: [arrest, theftCase],
    owed: [
      { agency: 'court', inTime: [], late: [theftOrder, aPretrialRelease(theftCase.data, { decidedAt: h(70) })] },
      { agency: 'prison', inTime: [], late: [theftOrder, theftAdmission, releasedFromPrison(3, theftAdmission)] },
    ],
    shows: [{ agency: 'court', facts: [theftOrder] }],
  },
  {
    // Six months from the order of 2 Mar 2026.
    ruleId: 'pretrial-overdue',
    given: [arrest, opened, order(22, true)],
    owed: [
      {
        agency: 'court',
        inTime: [aPretrialRelease(opened.data, { decidedAt: day(30) })],
        late: [aPretrialRelease(opened.data, { decidedAt: day(200) })],
      },
      { agency: 'prison', inTime: [admission, releasedFromPrison(30)], late: [admission, releasedFromPrison(200)] },
    ],
    shows: [],
  },
  {
    // Told 7 days before the hearing of day 40: by day 33.
    ruleId: 'hearing-not-notified',
    given: [arrest, opened, hearing],
    owed: [
      {
        agency: 'court',
        inTime: [aFamilyNotifiedOfHearing(hearing.data, { notifiedAt: day(10) })],
        late: [aFamilyNotifiedOfHearing(hearing.data, { notifiedAt: day(38) })],
      },
      { agency: 'prison', inTime: [admission, toldOf('legal-date', day(10))], late: [admission, toldOf('legal-date', day(38))] },
    ],
    shows: [],
  },
  {
    ruleId: 'custodial-without-alternatives',
    given: [arrest, screening(1), opened, convicted],
    owed: [{ agency: 'court', inTime: [], late: [sentenced(60, false), sentenced(70)] }],
    shows: [{ agency: 'court', facts: [sentenced(60, false)] }],
  },
  {
    // The police asked about Dara but not where he is: his care is unconfirmed when she is sent to prison at once.
    ruleId: 'no-time-to-arrange-care',
    given: [arrest, screening(1), opened, convicted],
    owed: [
      { agency: 'police', inTime: [], late: [sentenced(60), aCareArrangementMade(arrest.data, 'c1', { arrangedAt: day(61) })] },
      { agency: 'prison', inTime: [], late: [sentenced(60), admission, prisonRecord(24 * 61, 'with-other-parent')] },
    ],
    shows: [{ agency: 'court', facts: [sentenced(60)] }],
  },
  {
    // Twelve months to serve from police custody on 1 Mar 2026: release due 1 Mar 2027.
    ruleId: 'detained-past-sentence',
    given: [arrest, custody, opened, order(22, true), admission, convicted, sentenced(60)],
    owed: [
      {
        agency: 'prison',
        inTime: [aPersonReleased(admission.data, { releasedAt: '2027-02-20T09:00:00.000Z' })],
        late: [aPersonReleased(admission.data, { releasedAt: '2027-03-05T09:00:00.000Z' })],
      },
    ],
    shows: [],
  },
  {
    // Admitted at 25 h; the children recorded within 24 h of it.
    ruleId: 'children-not-recorded-at-admission',
    given: [arrest, opened, toPrison, admission],
    owed: [{ agency: 'prison', inTime: [prisonRecord(26, 'with-other-parent')], late: [prisonRecord(60, 'with-other-parent')] }],
    shows: [
      {
        agency: 'prison',
        facts: [
          screening(1),
          aChildrenRecordedAtAdmission(admission.data, { recordedAt: h(26), answer: 'no-children', numberOfChildren: 0, children: [] }),
        ],
      },
    ],
  },
  {
    // The baby who came in with her is assessed within 90 days.
    ruleId: 'child-in-prison-assessment-overdue',
    given: [arrest, admission, baby],
    owed: [
      {
        agency: 'prison',
        inTime: [aChildAssessed(admission.data, 'prison-baby', { assessedAt: day(60) })],
        late: [aChildAssessed(admission.data, 'prison-baby', { assessedAt: day(100) })],
      },
    ],
    shows: [],
  },
  {
    ruleId: 'child-visit-fee-charged',
    given: [arrest, screening(1), admission],
    owed: [],
    shows: [{ agency: 'prison', facts: [visit(10, { amount: 5000, currency: 'KHR' })] }],
  },
  {
    // Dara sees his mother within 30 days of her admission.
    ruleId: 'no-parent-child-contact',
    given: [arrest, screening(1), opened, toPrison, admission],
    owed: [{ agency: 'prison', inTime: [visit(20)], late: [visit(40)] }],
    shows: [],
  },
  {
    // The police took her to prison at 24 h: her family told within 24 h of it.
    ruleId: 'transfer-not-notified',
    given: [arrest, custody, toPrison],
    owed: [
      {
        agency: 'police',
        inTime: [aFamilyContactGiven(arrest.data, [], { contactedAt: h(30) })],
        late: [aFamilyContactGiven(arrest.data, [], { contactedAt: h(50) })],
      },
      { agency: 'prison', inTime: [admission, toldOf('transfer', h(30))], late: [admission, toldOf('transfer', h(60))] },
    ],
    shows: [],
  },
  {
    // Taken to hospital on day 10: her family told within 24 h.
    ruleId: 'medical-not-notified',
    given: [arrest, admission, hospitalised],
    owed: [{ agency: 'prison', inTime: [toldOf('medical', h(24 * 10 + 5))], late: [toldOf('medical', h(24 * 10 + 30))] }],
    shows: [],
  },
  {
    // Release on day 100, set on day 60: Dara's caregiver told 14 days before.
    ruleId: 'release-not-prepared',
    given: [arrest, screening(1), admission, releaseSet],
    owed: [{ agency: 'prison', inTime: [toldOf('release', day(70))], late: [toldOf('release', day(95))] }],
    shows: [],
  },
  {
    // Dara is with his grandmother when the police ask.
    ruleId: 'care-changed-without-parent',
    given: [arrest, screening(1, 'with-relative', '+855 12 000 001')],
    owed: [
      {
        agency: 'police',
        inTime: [],
        late: [
          aCareArrangementMade(arrest.data, 'c1', { arrangedAt: h(3), chosenByParent: false }),
          aCareArrangementMade(arrest.data, 'c1', { arrangedAt: h(10), chosenByParent: true }),
        ],
      },
    ],
    shows: [
      { agency: 'police', facts: [aCareArrangementMade(arrest.data, 'c1', { arrangedAt: h(3), chosenByParent: false })] },
      { agency: 'prison', facts: [opened, toPrison, admission, prisonRecord(26, 'with-other-parent')] },
    ],
  },
  {
    // A Vietnamese national in police custody from 0.5 h: offered consular contact within 72 h.
    ruleId: 'no-consular-contact',
    given: [foreigner, foreignerHeld],
    owed: [
      {
        agency: 'police',
        inTime: [aConsularContactOffered(foreigner.data, { offeredAt: h(2) })],
        late: [aConsularContactOffered(foreigner.data, { offeredAt: h(80) })],
      },
      {
        agency: 'prison',
        inTime: [foreignerToPrison, foreignerAdmitted, aConsularContactRecorded(foreignerAdmitted.data, { recordedAt: h(30) })],
        late: [foreignerToPrison, foreignerAdmitted, aConsularContactRecorded(foreignerAdmitted.data, { recordedAt: h(80) })],
      },
    ],
    shows: [],
  },
  {
    // In police custody from 0.5 h: before a judge, or out of police custody, within 48 h.
    ruleId: 'police-custody-overdue',
    given: [arrest, custody],
    owed: [
      {
        agency: 'police',
        inTime: [broughtBeforeJudicialAuthority(arrest.data, { broughtAt: h(20) })],
        late: [broughtBeforeJudicialAuthority(arrest.data, { broughtAt: h(60) })],
      },
      { agency: 'court', inTime: [opened, order(22, true)], late: [opened, order(60, true)] },
      {
        agency: 'prison',
        inTime: [admission],
        late: [aPersonAdmitted({ personId, admittedAt: h(70), courtCaseReference: 'CR-1', orderReference: 'DO-1' })],
      },
    ],
    shows: [],
  },
  {
    // No visits or calls for 14 days from day 30; Dara's visit on day 50 shows contact again.
    ruleId: 'contact-banned-as-sanction',
    given: [arrest, screening(1), admission],
    owed: [{ agency: 'prison', inTime: [], late: [contactBanned, visit(50)] }],
    shows: [{ agency: 'prison', facts: [contactBanned] }],
  },
];

/** Whether the outcomes raise an alert that nothing in them resolves. */
const raisedAndOpen = (outcomes: readonly SafeguardOutcome[]) =>
  outcomes.some((o) => o.kind === 'raise-alert' && !outcomes.some((r) => r.kind === 'resolve-alert' && r.subjectKey === o.alert.subjectKey));

describe.each(rows)('$ruleId, whichever agency records the fact owed', ({ ruleId, given, owed, shows }) => {
  const withInTime = owed.filter((o) => o.inTime.length > 0);
  if (withInTime.length > 0) {
    it.each(withInTime)('stays quiet when the $agency records it in time', ({ inTime }) => {
      const outcomes = outcomesOf(ruleId, [...given, ...inTime]);
      expect(outcomes.filter((o) => o.kind === 'raise-alert')).toEqual([]);
      // Quiet because the deadline was met, not because nothing was owed.
      expect(outcomes.some((o) => o.kind === 'cancel-deadline' && o.reason.includes('in time'))).toBe(true);
    });
  }

  if (owed.length > 0)
    it.each(owed)('raises and resolves, with how late, when the $agency records it late', ({ late }) => {
      const outcomes = outcomesOf(ruleId, [...given, ...late]);
      const resolved = outcomes.filter(
        (o): o is Extract<SafeguardOutcome, { kind: 'resolve-alert' }> => o.kind === 'resolve-alert' && o.lateByMinutes > 0,
      );
      expect(outcomes.some((o) => o.kind === 'raise-alert')).toBe(true);
      expect(resolved).not.toHaveLength(0);
      // Resolved by the agency's own record of the fact owed: the last of `late`.
      expect(resolved.some((r) => r.resolvingEventIds.includes(eventIdOf(late[late.length - 1])))).toBe(true);
      expect(raisedAndOpen(outcomes)).toBe(false);
    });

  if (shows.length > 0) {
    it.each(shows)('raises when the $agency’s record shows the miss, against the $agency', ({ agency, facts }) => {
      const raised = outcomesOf(ruleId, [...given, ...facts]).filter((o) => o.kind === 'raise-alert');
      expect(raised.map((o) => o.alert.responsibleAgency)).toContain(agency);
    });
  }
});

it('covers every safeguard of the catalogue, in its order', () => {
  expect(rows.map((r) => r.ruleId)).toEqual(RULE_CATALOGUE.map((entry) => entry.ruleId));
});
