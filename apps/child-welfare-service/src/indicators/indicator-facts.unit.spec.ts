import type { AgencyEvent } from '../person-file/person-file';
import { fileOf } from '../person-file/person-file.testing';
import { aCareArrangementMade, aDependantsScreening, anArrestMade, anArrestRecordCorrected } from '@safeguard/contracts/testing/arrest-fixtures';
import { aCaseOpened, aLegalRepresentationRecorded, aPretrialDetentionOrdered, aPretrialRelease } from '@safeguard/contracts/testing/court-fixtures';
import {
  aChildAdmittedWithParent,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
  aPersonReleased,
  aPrisonerTransferred,
  aVisitTookPlace,
} from '@safeguard/contracts/testing/prison-fixtures';
import { indicatorFactsOf, type IndicatorFacts } from './indicator-facts';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', province: 'Kandal' });
const personId = arrest.data.person.personId;
const otherArrest = anArrestMade({ arrestedAt: '2026-05-01T08:00:00.000Z', person: arrest.data.person, province: 'Takeo' });
const screening = aDependantsScreening(arrest.data);
const childId = screening.data.children[0].childId;
const careAt = (iso: string) => aCareArrangementMade(arrest.data, childId, { arrangedAt: iso });
const caseOpened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
const lawyer = (represented: boolean, recordedAt: string) => aLegalRepresentationRecorded(caseOpened.data, { represented, recordedAt });
const detention = (asked: boolean) => aPretrialDetentionOrdered(caseOpened.data, { askedAboutPregnancyAndDependants: asked });
const admission = aPersonAdmitted({ personId, facilityId: 'CC2', admittedAt: '2026-03-04T09:00:00.000Z' });
const visit = (fee: { amount: number; currency: string } | null, child = true) =>
  aVisitTookPlace(admission.data, { fee, childIds: child ? [childId] : [], visitedAt: '2026-03-10T09:00:00.000Z' });

const factsOf = (...events: AgencyEvent[]): IndicatorFacts => indicatorFactsOf(fileOf(...events));

describe('indicator facts of a person', () => {
  describe('when arrested', () => {
    it.each<[string, AgencyEvent[], Partial<IndicatorFacts>]>([
      ['not asked about dependants', [arrest], { dependantsAsked: false, hasDependants: false, hoursToCareArrangement: null }],
      ['asked, with a child', [arrest, screening], { dependantsAsked: true, hasDependants: true }],
      [
        'asked, she declined to say',
        [arrest, aDependantsScreening(arrest.data, { answer: 'declined-to-say', numberOfChildren: null, children: [] })],
        { dependantsAsked: true, hasDependants: false },
      ],
      [
        'asked, no dependants',
        [arrest, aDependantsScreening(arrest.data, { answer: 'no-dependants', numberOfChildren: 0, children: [] })],
        { dependantsAsked: true, hasDependants: false },
      ],
      [
        'asked only at a later arrest',
        [arrest, otherArrest, aDependantsScreening(otherArrest.data)],
        { dependantsAsked: false, hasDependants: true },
      ],
      ['care arranged 90 minutes after the arrest', [arrest, screening, careAt('2026-03-01T21:30:00.000Z')], { hoursToCareArrangement: 1.5 }],
      [
        'care arranged twice: the first counts',
        [careAt('2026-03-03T20:00:00.000Z'), arrest, screening, careAt('2026-03-02T02:00:00.000Z')],
        { hoursToCareArrangement: 6 },
      ],
    ])('%s', (_name, events, expected) => {
      expect(factsOf(...events)).toMatchObject(expected);
    });

    it('counts from her first arrest, in its province, with her sex as the police recorded it', () => {
      expect(factsOf(otherArrest, arrest)).toMatchObject({
        personId,
        arrestId: arrest.data.arrestId,
        arrestedAt: '2026-03-01T20:00:00.000Z',
        province: 'Kandal',
        sex: 'female',
      });
    });

    it('reads the province and sex as the police corrected them', () => {
      const province = anArrestRecordCorrected(arrest.data, { field: 'province', previousValue: 'Kandal', correctedValue: 'Phnom Penh' });
      const sex = anArrestRecordCorrected(arrest.data, {
        field: 'person.sex',
        previousValue: 'female',
        correctedValue: 'male',
        correctedAt: '2026-03-02T00:00:00.000Z',
      });
      expect(factsOf(arrest, province, sex)).toMatchObject({ province: 'Phnom Penh', sex: 'male' });
    });
  });

  describe('when known only to the prison', () => {
    it('has no arrest, sex or province', () => {
      expect(factsOf(admission)).toMatchObject({
        arrestId: null,
        arrestedAt: null,
        sex: null,
        province: null,
        dependantsAsked: false,
        facilityId: 'CC2',
      });
    });
  });

  describe('when before the court', () => {
    it.each<[string, AgencyEvent[], Partial<IndicatorFacts>]>([
      ['no court record', [arrest], { hasCase: false, legalRepresentation: null, pretrialDetentionOrders: 0 }],
      ['a case, representation never recorded', [arrest, caseOpened], { hasCase: true, legalRepresentation: null }],
      ['no lawyer', [arrest, caseOpened, lawyer(false, '2026-03-04T00:00:00.000Z')], { legalRepresentation: false }],
      [
        'a lawyer found later',
        [arrest, caseOpened, lawyer(true, '2026-04-01T00:00:00.000Z'), lawyer(false, '2026-03-04T00:00:00.000Z')],
        { legalRepresentation: true },
      ],
      [
        'detained after the judge asked about her children',
        [arrest, caseOpened, detention(true)],
        { pretrialDetentionOrders: 1, pretrialOrdersWithFamilyInquiry: 1 },
      ],
      ['detained without asking', [arrest, caseOpened, detention(false)], { pretrialDetentionOrders: 1, pretrialOrdersWithFamilyInquiry: 0 }],
      [
        'released pending trial: not a detention order',
        [arrest, caseOpened, aPretrialRelease(caseOpened.data)],
        { pretrialDetentionOrders: 0, pretrialOrdersWithFamilyInquiry: 0 },
      ],
    ])('%s', (_name, events, expected) => {
      expect(factsOf(...events)).toMatchObject(expected);
    });
  });

  describe('when in prison', () => {
    const transfer = aPrisonerTransferred(admission.data, { toFacilityId: 'KANDAL-PRISON' });
    it.each<[string, AgencyEvent[], Partial<IndicatorFacts>]>([
      ['arrested, not yet admitted', [arrest], { facilityId: null }],
      ['admitted to CC2', [arrest, admission], { facilityId: 'CC2' }],
      ['transferred to Kandal', [arrest, admission, transfer], { facilityId: 'KANDAL-PRISON' }],
      ['released', [arrest, admission, transfer, aPersonReleased(admission.data)], { facilityId: null }],
      ['children recorded at admission', [admission, aChildrenRecordedAtAdmission(admission.data)], { hasDependants: true }],
      ['a baby living with her', [admission, aChildAdmittedWithParent(admission.data)], { hasDependants: true }],
      ['a child visited free of charge', [admission, visit(null)], { childVisits: 1, childVisitsCharged: 0 }],
      ['a child visit charged', [admission, visit({ amount: 10_000, currency: 'KHR' }), visit(null)], { childVisits: 2, childVisitsCharged: 1 }],
      ['a fee of zero is no charge', [admission, visit({ amount: 0, currency: 'KHR' })], { childVisits: 1, childVisitsCharged: 0 }],
      [
        'an adult visited, paying: not a child visit',
        [admission, visit({ amount: 5_000, currency: 'KHR' }, false)],
        { childVisits: 0, childVisitsCharged: 0 },
      ],
    ])('%s', (_name, events, expected) => {
      expect(factsOf(...events)).toMatchObject(expected);
    });
  });

  it('is the same whatever order the facts arrive in, and however often', () => {
    const events: AgencyEvent[] = [arrest, screening, careAt('2026-03-01T21:30:00.000Z'), caseOpened, detention(false), admission, visit(null)];
    expect(factsOf(...[...events].reverse(), events[2], events[5])).toEqual(factsOf(...events));
  });
});
