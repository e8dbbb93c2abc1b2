import type { ChildRecord } from '@safeguard/contracts';
import { aCareArrangementMade, aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { aCaseOpened, aPretrialDetentionOrdered, aSentenceImposed } from '@safeguard/contracts/testing/court-fixtures';
import {
  aChildAdmittedWithParent,
  aChildBornInCustody,
  aChildLeftPrison,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
} from '@safeguard/contracts/testing/prison-fixtures';
import type { AgencyEvent } from '../../person-file/person-file';
import { cambodiaPolicy, californiaPolicy } from '../policy';
import { judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenNoTimeToArrangeCare } from './raise-alert-when-no-time-to-arrange-care';

const policy = cambodiaPolicy.rules['no-time-to-arrange-care'];
const rule = raiseAlertWhenNoTimeToArrangeCare(policy, testWords);
const noChildrenSeen = { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false };
const arrest = anArrestMade({ circumstances: noChildrenSeen });
const personId = arrest.data.person.personId;
const dara = (overrides: Partial<ChildRecord> = {}): ChildRecord => ({
  childId: 'police-dara',
  name: 'Dara',
  sex: 'male',
  detailsWithheld: null,
  dateOfBirth: '2019-06-02',
  birthYear: null,
  ageYears: null,
  whereabouts: 'with-relative',
  caregiver: { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61, contact: null },
  ...overrides,
});
const screened = (...children: ChildRecord[]) => aDependantsScreening(arrest.data, { numberOfChildren: children.length, children });
const withGrandmother = screened(dara());
const alone = screened(dara({ whereabouts: 'alone', caregiver: null }));
const declined = aDependantsScreening(arrest.data, { consentToRecordChildDetails: false, numberOfChildren: 2, children: [] });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
// Two years, one suspended, to start at once: 12 Nov 2026, 03:00 UTC.
const atOnce = aSentenceImposed(opened.data);
const key = `${opened.data.caseId}:${atOnce.data.imposedAt}`;
const arrangedAt = (iso: string, childId = 'police-dara') =>
  aCareArrangementMade(arrest.data, childId, { arrangedAt: iso, madeBeforeCustody: false });
const admitted = aPersonAdmitted({ personId, admittedAt: '2026-03-05T09:00:00.000Z' });
const prisonFinds = (recordedAt: string, custodyStatus: 'with-relative' | 'alone' | 'not-recorded') =>
  aChildrenRecordedAtAdmission(admitted.data, {
    recordedAt,
    numberOfChildren: 1,
    children: [
      {
        childId: 'prison-dara',
        name: 'Dara',
        sex: 'male',
        detailsWithheld: null,
        dateOfBirth: '2019-06-02',
        birthYear: null,
        ageYears: null,
        livesWhere: null,
        custodyStatus,
      },
    ],
  });

describe('raise an alert when a parent is sent to prison at once with a child’s care unconfirmed', () => {
  it.each<[string, AgencyEvent[], string[]]>([
    ['a child recorded alone, nothing arranged', [alone, atOnce], ['raise-alert']],
    ['a child recorded with her grandmother', [withGrandmother, atOnce], ['nothing']],
    ['a child alone, care arranged before the sentence', [alone, arrangedAt('2026-05-01T00:00:00.000Z'), atOnce], ['nothing']],
    ['a child alone, the start deferred', [alone, aSentenceImposed(opened.data, { startDeferredUntil: '2026-12-15T00:00:00.000Z' })], ['nothing']],
    ['a child alone, the prison term wholly suspended', [alone, aSentenceImposed(opened.data, { suspendedMonths: 24 })], ['nothing']],
    [
      'no child on any record',
      [aDependantsScreening(arrest.data, { answer: 'no-dependants', numberOfChildren: 0, children: [] }), atOnce],
      ['nothing'],
    ],
  ])('%s', (_name, facts, expected) => {
    expect(kinds(judged(rule, policy, arrest, opened, ...facts))).toEqual(expected);
  });

  describe('reads each child’s care as any agency last recorded it by the sentence', () => {
    it.each<[string, AgencyEvent[], string[]]>([
      [
        'the police found him alone, the prison later with a relative',
        [alone, admitted, prisonFinds('2026-03-05T10:00:00.000Z', 'with-relative')],
        ['nothing'],
      ],
      [
        'the police found him with his grandmother, the prison later alone',
        [withGrandmother, admitted, prisonFinds('2026-03-05T10:00:00.000Z', 'alone')],
        ['raise-alert'],
      ],
      [
        'the prison did not record where he lives: the police record stands',
        [withGrandmother, admitted, prisonFinds('2026-03-05T10:00:00.000Z', 'not-recorded')],
        ['nothing'],
      ],
      ['only the prison knows of him, with a relative', [admitted, prisonFinds('2026-03-05T10:00:00.000Z', 'with-relative')], ['nothing']],
      ['a baby living in prison with her', [admitted, aChildAdmittedWithParent(admitted.data)], ['nothing']],
      [
        'a baby last recorded with her at the police station',
        [screened(dara({ childId: 'police-baby', dateOfBirth: '2026-01-02', whereabouts: 'with-parent-in-custody', caregiver: null }))],
        ['raise-alert'],
      ],
    ])('%s', (_name, facts, expected) => {
      expect(kinds(judged(rule, policy, arrest, opened, ...facts, atOnce))).toEqual(expected);
    });
  });

  describe('children known only as a number', () => {
    it('raises for them unnamed, with no child id', () => {
      const alert = raised(judged(rule, policy, arrest, declined, opened, atOnce));
      expect(alert).toMatchObject({ childIds: [] });
      expect(alert.summary).toContain('with no agency having confirmed care for her 2 children, not recorded by name,');
    });

    it('counts the children seen at the arrest when nobody asked', () => {
      const seen = anArrestMade({ ...arrest.data, circumstances: { ...noChildrenSeen, childrenPresent: 3 } });
      expect(raised(judged(rule, policy, seen, opened, atOnce)).summary).toContain('care for her 3 children, not recorded by name,');
    });

    it('is met by a judge’s note of their care before the sentence, and resolved by one after it', () => {
      const noted = (decidedAt: string) => aPretrialDetentionOrdered(opened.data, { decidedAt, careArrangementsNoted: 'With their father' });
      expect(kinds(judged(rule, policy, arrest, declined, opened, noted('2026-03-04T03:00:00.000Z'), atOnce))).toEqual(['nothing']);
      expect(judged(rule, policy, arrest, declined, opened, atOnce, noted('2026-11-13T03:00:00.000Z'))[1]).toMatchObject({
        kind: 'resolve-alert',
        lateByMinutes: 24 * 60,
      });
    });
  });

  it.each<[string, AgencyEvent[]]>([
    ['the police record care arranged', [arrangedAt('2026-11-13T03:00:00.000Z')]],
    ['the prison records him with a relative', [admitted, prisonFinds('2026-11-13T03:00:00.000Z', 'with-relative')]],
  ])('resolves when %s after the sentence, saying how long after', (_name, facts) => {
    expect(judged(rule, policy, arrest, alone, opened, atOnce, ...facts)).toEqual([
      expect.objectContaining({ kind: 'raise-alert' }),
      expect.objectContaining({ kind: 'resolve-alert', subjectKey: key, resolvedAt: '2026-11-13T03:00:00.000Z', lateByMinutes: 24 * 60 }),
    ]);
  });

  it('names only the unconfirmed child, and resolves only once every unconfirmed child’s care is confirmed', () => {
    const two = screened(
      dara({ whereabouts: 'alone', caregiver: null }),
      dara({ childId: 'police-nita', name: 'Nita', sex: 'female', dateOfBirth: '2016-02-01' }),
    );
    const alert = raised(judged(rule, policy, arrest, two, opened, atOnce));
    expect(alert).toMatchObject({ childIds: ['police-dara'] });
    expect(alert.summary).toContain('care for 1 child of her 2 children,');
    expect(kinds(judged(rule, policy, arrest, two, opened, atOnce, arrangedAt('2026-11-14T03:00:00.000Z', 'police-nita')))).toEqual(['raise-alert']);
    expect(judged(rule, policy, arrest, two, opened, atOnce, arrangedAt('2026-11-14T03:00:00.000Z'))[1]).toMatchObject({
      kind: 'resolve-alert',
      lateByMinutes: 2 * 24 * 60,
    });
  });

  it('raises against the court holding the case, in plain words and the jurisdiction’s time, naming the child by reference only', () => {
    const alert = raised(judged(rule, policy, arrest, alone, opened, atOnce));
    expect(alert).toMatchObject({
      subjectKey: key,
      childIds: ['police-dara'],
      dueAt: atOnce.data.imposedAt,
      responsibleAgency: 'court',
      responsibleUnitId: 'PP-MUNICIPAL-COURT',
      severity: 'high',
    });
    expect(alert.summary).toBe(
      'The mother was sent to prison at once on 12 Nov 2026, 10:00 GMT+7 in case PPCFI-2026-01183 (12 months) with no agency having confirmed care for her child, and no time given to arrange it. Someone must confirm who is caring for them now.',
    );
    expect(JSON.stringify(alert)).not.toContain('Dara');
  });

  it('words a father as his', () => {
    const father = anArrestMade({ ...arrest.data, person: { ...arrest.data.person, sex: 'male' } });
    const summary = raised(
      judged(
        rule,
        policy,
        father,
        aDependantsScreening(father.data, { children: [dara({ whereabouts: 'alone', caregiver: null })] }),
        opened,
        atOnce,
      ),
    ).summary;
    expect(summary).toContain(
      'The father was sent to prison at once on 12 Nov 2026, 10:00 GMT+7 in case PPCFI-2026-01183 (12 months) with no agency having confirmed care for his child',
    );
    expect(summary).not.toMatch(/\b(she|her|mother|woman)\b/i);
  });

  describe('a baby born in custody whom the prison then lists among her children as alone', () => {
    const born = aChildBornInCustody(admitted.data, { childId: 'prison-newborn', bornAt: '2026-06-01T03:00:00.000Z' });
    const listedAlone = aChildrenRecordedAtAdmission(admitted.data, {
      recordedAt: '2026-06-02T03:00:00.000Z',
      numberOfChildren: 1,
      children: [
        {
          childId: 'prison-newborn',
          name: null,
          sex: 'female',
          detailsWithheld: 'not-asked',
          dateOfBirth: null,
          birthYear: null,
          ageYears: 0,
          livesWhere: null,
          custodyStatus: 'alone',
        },
      ],
    });

    it('raises nothing while she lives in prison with her mother at the sentence: she is in her care', () => {
      expect(kinds(judged(rule, policy, arrest, withGrandmother, opened, admitted, born, listedAlone, atOnce))).toEqual(['nothing']);
    });

    it('raises when she had left prison by the sentence and the latest record of her says alone', () => {
      const left = aChildLeftPrison(admitted.data, 'prison-newborn', { leftAt: '2026-06-01T09:00:00.000Z' });
      expect(raised(judged(rule, policy, arrest, withGrandmother, opened, admitted, born, left, listedAlone, atOnce)).childIds).toEqual([
        'prison-newborn',
      ]);
    });
  });

  it('decides the same whatever order the facts arrive in', () => {
    const late = prisonFinds('2026-11-13T03:00:00.000Z', 'with-relative');
    expect(judged(rule, policy, late, atOnce, admitted, opened, alone, arrest)).toEqual(
      judged(rule, policy, arrest, alone, opened, admitted, atOnce, late),
    );
  });

  it('takes its severity and legal basis from the policy, and says the time owed is a benchmark where it is (California: from Bangkok Rule 2(2))', () => {
    const california = { ...californiaPolicy.rules['no-time-to-arrange-care'], severity: 'critical' as const };
    const alert = raised(judged(raiseAlertWhenNoTimeToArrangeCare(california, testWords), california, arrest, alone, opened, atOnce));
    expect(alert).toMatchObject({ severity: 'critical', legalBasis: expect.stringContaining('Bangkok Rule 2(2)') });
    expect(alert.summary).toMatch(/ Here the time owed is a benchmark, not a legal duty\.$/);
  });
});
