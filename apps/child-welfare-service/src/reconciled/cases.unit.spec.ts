import { anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aCaseOpened,
  aCharge,
  aFamilyNotifiedOfHearing,
  aHearingScheduled,
  aPretrialDetentionOrdered,
  aPretrialRelease,
  aVerdictDelivered,
} from '@safeguard/contracts/testing/court-fixtures';
import { aFamilyNotified, aPersonAdmitted } from '@safeguard/contracts/testing/prison-fixtures';
import { fileOf } from '../person-file/person-file.testing';
import { addMonths, convictedCharges, isPrisonTerm, mostSeriousCharge, spellOf } from './cases';
import { familyViewOf } from './family-view';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const personId = arrest.data.person.personId;
const drugs = aCharge();
const assault = aCharge({ offence: 'Assault', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, violent: true });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], charges: [assault, drugs] });
const caseOf = (...events: Parameters<typeof fileOf>) => familyViewOf(fileOf(arrest, opened, ...events)).cases[0];

describe('a court case in the family view', () => {
  it('finds the detention spell an order began or was made in, and none before the first', () => {
    const first = aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-04T03:00:00.000Z' });
    const renewed = aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-04-04T03:00:00.000Z' });
    const release = aPretrialRelease(opened.data, { decidedAt: '2026-05-04T03:00:00.000Z' });
    const again = aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-06-04T03:00:00.000Z' });
    const c = caseOf(first, renewed, release, again);
    const [d1, d2, , d4] = c.decisions;
    expect(c.detentions.map((s) => s.ordered.evidence.at)).toEqual(['2026-03-04T03:00:00.000Z', '2026-06-04T03:00:00.000Z']);
    expect([d1, d2, d4].map((d) => spellOf(c, d)?.ordered.evidence.at)).toEqual([
      '2026-03-04T03:00:00.000Z',
      '2026-03-04T03:00:00.000Z',
      '2026-06-04T03:00:00.000Z',
    ]);
    expect(spellOf(c, d1)?.ended).toMatchObject({ at: '2026-05-04T03:00:00.000Z', says: 'the court ordered release' });
    const releasedFirst = caseOf(aPretrialRelease(opened.data, { decidedAt: '2026-03-04T03:00:00.000Z' }), again);
    expect(spellOf(releasedFirst, releasedFirst.decisions[0])).toBeNull();
  });

  it('takes the most serious charge by class, then by the longest maximum', () => {
    const longTheft = aCharge({ offence: 'Theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: 60 });
    expect(mostSeriousCharge([assault, drugs])).toBe(drugs);
    expect(mostSeriousCharge([assault, longTheft])).toBe(longTheft);
    expect(mostSeriousCharge([])).toBeNull();
  });

  it('reads the charges she stood convicted of at a time: every charge before any verdict, then the latest verdict’s', () => {
    const verdict = aVerdictDelivered(opened.data, 'convicted', {
      deliveredAt: '2026-11-01T03:00:00.000Z',
      findings: [
        { chargeId: drugs.chargeId, outcome: 'convicted' },
        { chargeId: assault.chargeId, outcome: 'acquitted' },
      ],
    });
    const c = caseOf(verdict);
    expect(convictedCharges(c, '2026-10-31T03:00:00.000Z')).toEqual([assault, drugs]);
    expect(convictedCharges(c, '2026-11-01T03:00:00.000Z')).toEqual([drugs]);
  });

  it('calls a sentence a prison term only when some of it is not suspended', () => {
    expect([isPrisonTerm({ custodialMonths: 24, suspendedMonths: 12 }), isPrisonTerm({ custodialMonths: 12, suspendedMonths: 12 })]).toEqual([
      true,
      false,
    ]);
  });

  it('counts months on the calendar, and a fraction of a month as its share of 30 days', () => {
    expect([addMonths('2026-03-04T03:00:00.000Z', 6), addMonths('2026-03-04T03:00:00.000Z', 1.5)]).toEqual([
      '2026-09-04T03:00:00.000Z',
      '2026-04-19T03:00:00.000Z',
    ]);
  });

  it('words a notice as a reader says how it was given', () => {
    const hearing = aHearingScheduled(opened.data, {
      scheduledAt: '2026-04-01T02:00:00.000Z',
      scheduledAtSource: 'stated-by-agency',
      hearingAt: '2026-05-01T02:00:00.000Z',
    });
    const admission = aPersonAdmitted({ personId, admittedAt: '2026-03-05T09:00:00.000Z' });
    const court = aFamilyNotifiedOfHearing(hearing.data, { notifiedAt: '2026-04-02T02:00:00.000Z', method: 'in-person' });
    const prison = aFamilyNotified(admission.data, { about: 'legal-date', notifiedAt: '2026-04-03T02:00:00.000Z', method: 'letter' });
    expect(caseOf(hearing, court, admission, prison).hearings[0].notices.map((n) => n.says)).toEqual([
      'the court told Sok Mealea (her mother) of the hearing in person',
      'the prison told Sok Mealea (her mother) of a legal date by letter',
    ]);
  });
});

describe('an arrest in the family view', () => {
  it('knows her age at the arrest from the date of birth, else the police’s estimate', () => {
    const born = anArrestMade({
      arrestedAt: '2026-03-01T20:00:00.000Z',
      person: { ...arrest.data.person, dateOfBirth: '2008-03-02', estimatedAgeYears: null },
    });
    const estimated = anArrestMade({ person: { ...arrest.data.person, dateOfBirth: null, estimatedAgeYears: 30 } });
    const unknown = anArrestMade({ person: { ...arrest.data.person, dateOfBirth: null, estimatedAgeYears: null } });
    expect([born, estimated, unknown].map((a) => familyViewOf(fileOf(a)).arrests[0].ageYearsAtArrest)).toEqual([17, 30, null]);
  });
});
