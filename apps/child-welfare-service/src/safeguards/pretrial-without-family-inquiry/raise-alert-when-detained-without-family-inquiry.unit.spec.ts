import { aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { aCaseOpened, aPretrialDetentionOrdered, aPretrialRelease } from '@safeguard/contracts/testing/court-fixtures';
import { aChildrenRecordedAtAdmission, aPersonAdmitted, aPersonReleased, aPregnancyRecorded } from '@safeguard/contracts/testing/prison-fixtures';
import type { AgencyEvent } from '../../person-file/person-file';
import { cambodiaPolicy, californiaPolicy } from '../policy';
import { judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenDetainedWithoutFamilyInquiry } from './raise-alert-when-detained-without-family-inquiry';

const policy = cambodiaPolicy.rules['pretrial-without-family-inquiry'];
const rule = raiseAlertWhenDetainedWithoutFamilyInquiry(policy, testWords);
const noChildrenSeen = { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false };
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', circumstances: noChildrenSeen });
const personId = arrest.data.person.personId;
const mother = aDependantsScreening(arrest.data);
const pregnantNoChildren = aDependantsScreening(arrest.data, { answer: 'no-dependants', pregnancy: 'pregnant', numberOfChildren: 0, children: [] });
const noFamily = aDependantsScreening(arrest.data, { answer: 'no-dependants', numberOfChildren: 0, children: [] });
const countOnly = aDependantsScreening(arrest.data, { numberOfChildren: 3, consentToRecordChildDetails: false, children: [] });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
// Decided a day after the case opened: 4 Mar 2026, 03:00 UTC.
const detained = (asked: boolean, noted: string | null = asked ? 'With her mother' : null) =>
  aPretrialDetentionOrdered(opened.data, { askedAboutPregnancyAndDependants: asked, careArrangementsNoted: noted });
const notAsked = detained(false);
const admitted = aPersonAdmitted({ personId, admittedAt: '2026-03-05T09:00:00.000Z', courtCaseReference: opened.data.caseReference });
const prisonRecord = aChildrenRecordedAtAdmission(admitted.data);
const key = `${opened.data.caseId}:${notAsked.data.decidedAt}`;

describe('raise an alert when detention is ordered without asking about the family', () => {
  it.each<[string, AgencyEvent[], string[]]>([
    ['a mother detained without being asked', [mother, notAsked], ['raise-alert']],
    ['a mother asked, her children’s care not noted', [mother, detained(true, null)], ['raise-alert']],
    ['a mother asked, with the care arrangements noted', [mother, detained(true)], ['nothing']],
    [
      'asked, no care noted, the children recorded only by the prison after the order (none known to note)',
      [admitted, prisonRecord, detained(true, null)],
      ['nothing'],
    ],
    ['a pregnant woman without children, asked, no care noted (none to note)', [pregnantNoChildren, detained(true, null)], ['nothing']],
    ['a pregnant woman not asked', [pregnantNoChildren, notAsked], ['raise-alert']],
    ['no pregnancy and no children on any record', [noFamily, notAsked], ['nothing']],
    ['a mother released, not detained', [mother, aPretrialRelease(opened.data, { askedAboutPregnancyAndDependants: false })], ['nothing']],
  ])('%s', (_name, facts, expected) => {
    expect(kinds(judged(rule, policy, arrest, opened, ...facts))).toEqual(expected);
  });

  describe('knows the family from any agency’s record', () => {
    it.each<[string, AgencyEvent[]]>([
      ['only the arrest’s count of children present', [anArrestMade({ ...arrest.data, circumstances: { ...noChildrenSeen, childrenPresent: 2 } })]],
      ['a screening that counts 3 children without details', [arrest, countOnly]],
      ['the prison’s record of the children, made after the order', [arrest, admitted, prisonRecord]],
      [
        'a pregnancy the prison recorded later, due in August (so begun by March)',
        [
          arrest,
          noFamily,
          admitted,
          aPregnancyRecorded(admitted.data, { recordedAt: '2026-03-05T10:00:00.000Z', expectedDeliveryDate: '2026-08-01' }),
        ],
      ],
    ])('raises for a parent or pregnant woman known from %s', (_name, facts) => {
      expect(kinds(judged(rule, policy, ...facts, opened, notAsked))).toEqual(['raise-alert']);
    });

    it('does not count children seen at the arrest when she told the police she has none', () => {
      const seen = anArrestMade({ ...arrest.data, circumstances: { ...noChildrenSeen, childrenPresent: 2 } });
      expect(
        kinds(
          judged(
            rule,
            policy,
            seen,
            aDependantsScreening(seen.data, { answer: 'no-dependants', numberOfChildren: 0, children: [] }),
            opened,
            notAsked,
          ),
        ),
      ).toEqual(['nothing']);
    });
  });

  describe('resolves when the court cures it or the detention ends, saying how long it lasted', () => {
    it.each<[string, AgencyEvent, number]>([
      ['a later decision asks and notes the care', aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-14T03:00:00.000Z' }), 10 * 24 * 60],
      ['she is released by the court', aPretrialRelease(opened.data, { decidedAt: '2026-03-09T03:00:00.000Z' }), 5 * 24 * 60],
      ['the prison releases her', aPersonReleased(admitted.data, { releasedAt: '2026-03-06T03:00:00.000Z' }), 2 * 24 * 60],
    ])('when %s', (_name, cure, minutes) => {
      const outcomes = judged(rule, policy, arrest, mother, opened, notAsked, admitted, cure);
      expect(outcomes).toEqual([
        expect.objectContaining({ kind: 'raise-alert' }),
        expect.objectContaining({ kind: 'resolve-alert', subjectKey: key, lateByMinutes: minutes, resolvingEventIds: [expect.any(String)] }),
      ]);
    });

    it('does not count a later order that again did not ask', () => {
      expect(
        kinds(
          judged(
            rule,
            policy,
            arrest,
            mother,
            opened,
            notAsked,
            aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-14T03:00:00.000Z', askedAboutPregnancyAndDependants: false }),
          ),
        ),
      ).toEqual(['raise-alert', 'raise-alert']);
    });
  });

  it('raises against the court that holds the case, in plain words and the jurisdiction’s time, without the children’s names', () => {
    const alert = raised(judged(rule, policy, arrest, mother, opened, notAsked));
    expect(alert).toMatchObject({
      subjectKey: key,
      responsibleAgency: 'court',
      responsibleUnitId: 'PP-MUNICIPAL-COURT',
      arrestId: arrest.data.arrestId,
      province: 'Phnom Penh',
      childIds: [mother.data.children[0].childId],
      dueAt: notAsked.data.decidedAt,
      severity: 'high',
    });
    expect(alert.summary).toBe(
      'The mother was ordered detained before trial on 4 Mar 2026, 10:00 GMT+7 in case PPCFI-2026-01183 without asking whether she is pregnant or has dependent children and without noting who cares for her children. On record: dependent children declared to the police.',
    );
    expect(JSON.stringify(alert)).not.toContain('Dara');
    expect(JSON.stringify(alert)).not.toContain(notAsked.data.judge);
  });

  it('words a father as his, never hers', () => {
    const father = anArrestMade({ ...arrest.data, person: { ...arrest.data.person, sex: 'male' } });
    const summary = raised(judged(rule, policy, father, aDependantsScreening(father.data), opened, notAsked)).summary;
    expect(summary).toBe(
      'The father was ordered detained before trial on 4 Mar 2026, 10:00 GMT+7 in case PPCFI-2026-01183 without asking whether he has dependent children and without noting who cares for his children. On record: dependent children declared to the police.',
    );
    expect(summary).not.toMatch(/\b(she|her|mother|woman)\b/i);
  });

  it('words a parent no agency recorded the sex of as “the parent”, known from the prison’s record', () => {
    const summary = raised(judged(rule, policy, opened, notAsked, admitted, prisonRecord)).summary;
    expect(summary).toBe(
      'The parent was ordered detained before trial on 4 Mar 2026, 10:00 GMT+7 in case PPCFI-2026-01183 without asking whether they are pregnant or have dependent children. On record: children recorded by the prison.',
    );
  });

  it('decides the same whatever order the facts arrive in', () => {
    const review = aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-14T03:00:00.000Z' });
    expect(judged(rule, policy, review, notAsked, admitted, prisonRecord, opened, arrest)).toEqual(
      judged(rule, policy, arrest, opened, notAsked, admitted, prisonRecord, review),
    );
  });

  it('takes its severity and legal basis from the policy, and says where the inquiry is a benchmark (California: In re Humphrey asks for findings, not this inquiry)', () => {
    const california = { ...californiaPolicy.rules['pretrial-without-family-inquiry'], severity: 'critical' as const };
    const alert = raised(judged(raiseAlertWhenDetainedWithoutFamilyInquiry(california, testWords), california, arrest, mother, opened, notAsked));
    expect(alert).toMatchObject({ severity: 'critical', legalBasis: expect.stringContaining('In re Humphrey') });
    expect(alert.summary).toMatch(/\. Here the inquiry is a benchmark, not a legal duty\.$/);
    expect(raised(judged(rule, policy, arrest, mother, opened, notAsked)).summary).not.toContain('benchmark');
  });
});
