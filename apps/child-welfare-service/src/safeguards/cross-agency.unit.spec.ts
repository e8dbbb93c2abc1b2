/**
 * Issue 12's cross-agency table: for each rule of the catalogue, the fact owed, recorded by each
 * agency that can record it, keeps the rule quiet when it came in time and resolves the alert with
 * how late when it came late; and a record by any agency that shows the miss raises it. The rules
 * run as the inbox runs them (all of them, on the whole file), so a rule that read only one
 * agency's records would fail here.
 */
import type { Agency } from '@safeguard/contracts';
import { aCareArrangementMade, aChildGivenExplanation, aDependantsScreening, aFamilyContactGiven, anArrestMade, takenIntoPoliceCustody, transferredToPrison } from '../../../../libs/contracts/src/testing/arrest-fixtures';
import { aCaseOpened, aPretrialDetentionOrdered } from '../../../../libs/contracts/src/testing/court-fixtures';
import { aChildrenRecordedAtAdmission, aPersonAdmitted, aPhoneCallMade, aVisitTookPlace } from '../../../../libs/contracts/src/testing/prison-fixtures';
import type { AgencyEvent } from '../person-file/person-file';
import { eventIdOf, fileOf } from '../person-file/person-file.testing';
import { allSafeguards } from './all-safeguards';
import { cambodiaPolicy } from './policy';
import type { RuleId } from './rule-catalogue';
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
const arrest = anArrestMade({ arrestedAt: '2026-03-01T13:00:00.000Z', circumstances: { childrenPresent: 1, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false } });
const personId = arrest.data.person.personId;
const h = (hours: number) => new Date(Date.parse('2026-03-01T13:00:00.000Z') + hours * 3_600_000).toISOString();
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: h(0.5) });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], caseReference: 'CR-1', openedAt: h(20) });
const order = (hours: number, asked: boolean) => aPretrialDetentionOrdered(opened.data, { decidedAt: h(hours), askedAboutPregnancyAndDependants: asked, careArrangementsNoted: asked ? 'With their father' : null, detentionOrderReference: 'DO-1' });
const toPrison = transferredToPrison(arrest.data, { transferredAt: h(24), detentionOrderReference: 'DO-1' });
const admission = aPersonAdmitted({ personId, admittedAt: h(25), courtCaseReference: 'CR-1', orderReference: 'DO-1' });
const child = { childId: 'c1', name: 'Dara', sex: 'male', detailsWithheld: null, dateOfBirth: null, birthYear: null, ageYears: 8 } as const;
const screening = (hours: number, whereabouts: 'not-recorded' | 'alone' | 'with-relative' = 'not-recorded', caregiverContact: string | null = null) =>
  aDependantsScreening(arrest.data, {
    askedAt: h(hours),
    numberOfChildren: 1,
    children: [{ ...child, whereabouts, caregiver: whereabouts === 'with-relative' ? { name: 'Sok Mealea', relation: 'grandparent', ageYears: 58, contact: caregiverContact } : null }],
  });
const prisonRecord = (hours: number, custodyStatus: 'alone' | 'with-other-parent', ageYears: number | null = 8) =>
  aChildrenRecordedAtAdmission(admission.data, { recordedAt: h(hours), numberOfChildren: 1, children: [{ ...child, childId: 'prison-c1', ageYears, livesWhere: null, custodyStatus }] });

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
      { agency: 'police', inTime: [aCareArrangementMade(arrest.data, 'c1', { arrangedAt: h(0.3) })], late: [aCareArrangementMade(arrest.data, 'c1', { arrangedAt: h(3) })] },
      { agency: 'prison', inTime: [], late: [opened, toPrison, admission, prisonRecord(26, 'with-other-parent')] },
    ],
    shows: [],
  },
  {
    ruleId: 'no-family-contact',
    given: [arrest, custody],
    owed: [
      { agency: 'police', inTime: [aFamilyContactGiven(arrest.data, [], { contactedAt: h(1) })], late: [aFamilyContactGiven(arrest.data, [], { contactedAt: h(5) })] },
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
    owed: [{ agency: 'police', inTime: [aChildGivenExplanation(arrest.data, 'c1', { explainedAt: h(1.5) })], late: [aChildGivenExplanation(arrest.data, 'c1', { explainedAt: h(5) })] }],
    shows: [],
  },
  {
    ruleId: 'arrest-conduct-review',
    given: [],
    owed: [],
    shows: [{ agency: 'police', facts: [anArrestMade({ person: { ...arrest.data.person, personId: 'person-night' }, circumstances: { childrenPresent: 2, afterDark: true, restraintsOrSirensInFrontOfChildren: true, searchWithChildPresent: false } })] }],
  },
];

/** Whether the outcomes raise an alert that nothing in them resolves. */
const raisedAndOpen = (outcomes: readonly SafeguardOutcome[]) =>
  outcomes.some((o) => o.kind === 'raise-alert' && !outcomes.some((r) => r.kind === 'resolve-alert' && r.subjectKey === o.alert.subjectKey));

describe.each(rows)('$ruleId, whichever agency records the fact owed', ({ ruleId, given, owed, shows }) => {
  const withInTime = owed.filter((o) => o.inTime.length > 0);
  if (withInTime.length > 0) {
    it.each(withInTime)('stays quiet when the $agency records it in time', ({ inTime }) => {
      expect(outcomesOf(ruleId, [...given, ...inTime]).filter((o) => o.kind === 'raise-alert')).toEqual([]);
    });
  }

  if (owed.length > 0) it.each(owed)('raises and resolves, with how late, when the $agency records it late', ({ late }) => {
    const outcomes = outcomesOf(ruleId, [...given, ...late]);
    const resolved = outcomes.filter((o): o is Extract<SafeguardOutcome, { kind: 'resolve-alert' }> => o.kind === 'resolve-alert' && o.lateByMinutes > 0);
    expect(outcomes.some((o) => o.kind === 'raise-alert')).toBe(true);
    expect(resolved).not.toHaveLength(0);
    expect(resolved.some((r) => r.resolvingEventIds.some((id) => late.map(eventIdOf).includes(id)))).toBe(true);
    expect(raisedAndOpen(outcomes)).toBe(false);
  });

  if (shows.length > 0) {
    it.each(shows)('raises when the $agency’s record shows the miss, against the $agency', ({ agency, facts }) => {
      const raised = outcomesOf(ruleId, [...given, ...facts]).filter((o) => o.kind === 'raise-alert');
      expect(raised.map((o) => o.kind === 'raise-alert' && o.alert.responsibleAgency)).toContain(agency);
    });
  }
});

it('covers the arrest stage of the catalogue', () => {
  expect(rows.map((r) => r.ruleId)).toEqual(['dependants-not-asked-at-arrest', 'child-without-safe-care', 'custody-before-care-arranged', 'no-family-contact', 'child-details-missing', 'child-not-told', 'arrest-conduct-review']);
});
