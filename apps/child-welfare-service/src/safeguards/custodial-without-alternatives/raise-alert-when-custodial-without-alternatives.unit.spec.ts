import { aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aCaseOpened,
  aCharge,
  anAppealDecided,
  anAppealFiled,
  aSentenceImposed,
  aVerdictDelivered,
} from '@safeguard/contracts/testing/court-fixtures';
import { aChildrenRecordedAtAdmission, aPersonAdmitted, aPregnancyRecorded } from '@safeguard/contracts/testing/prison-fixtures';
import type { AgencyEvent } from '../../person-file/person-file';
import { cambodiaPolicy, californiaPolicy } from '../policy';
import { judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenCustodialWithoutAlternatives } from './raise-alert-when-custodial-without-alternatives';

const policy = cambodiaPolicy.rules['custodial-without-alternatives'];
const rule = raiseAlertWhenCustodialWithoutAlternatives(policy, testWords);
const noChildrenSeen = { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false };
const arrest = anArrestMade({ circumstances: noChildrenSeen });
const personId = arrest.data.person.personId;
const mother = aDependantsScreening(arrest.data);
const noFamily = aDependantsScreening(arrest.data, { answer: 'no-dependants', numberOfChildren: 0, children: [] });
const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId] });
const verdict = aVerdictDelivered(opened.data);
// Two years, one suspended, on 12 Nov 2026, 03:00 UTC.
const unweighed = aSentenceImposed(opened.data, { childrenWelfareConsidered: false });
const admitted = aPersonAdmitted({ personId, admittedAt: '2026-03-04T09:00:00.000Z' });
const prisonRecord = aChildrenRecordedAtAdmission(admitted.data);
const key = `${opened.data.caseId}:${unweighed.data.imposedAt}`;

describe('raise an alert when a parent or pregnant woman gets a prison term without the alternatives being weighed', () => {
  it.each<[string, AgencyEvent[], string[]]>([
    ['her children’s welfare not weighed', [mother, unweighed], ['raise-alert']],
    ['no non-custodial sentence considered', [mother, aSentenceImposed(opened.data, { nonCustodialAlternativesConsidered: false })], ['raise-alert']],
    ['both weighed', [mother, aSentenceImposed(opened.data)], ['nothing']],
    [
      'the prison term wholly suspended',
      [mother, aSentenceImposed(opened.data, { suspendedMonths: 24, childrenWelfareConsidered: false })],
      ['nothing'],
    ],
    ['no pregnancy or children on any record', [noFamily, unweighed], ['nothing']],
  ])('%s', (_name, facts, expected) => {
    expect(kinds(judged(rule, policy, arrest, opened, verdict, ...facts))).toEqual(expected);
  });

  describe('knows the family from any agency’s record', () => {
    it.each<[string, AgencyEvent[]]>([
      ['the prison’s record of her children', [admitted, prisonRecord]],
      ['only the children present at the arrest', [anArrestMade({ ...arrest.data, circumstances: { ...noChildrenSeen, childrenPresent: 1 } })]],
      [
        'a screening that counts 2 children without details',
        [aDependantsScreening(arrest.data, { numberOfChildren: 2, consentToRecordChildDetails: false, children: [] })],
      ],
      [
        'a pregnancy the prison recorded before the sentence',
        [noFamily, admitted, aPregnancyRecorded(admitted.data, { recordedAt: '2026-06-01T03:00:00.000Z', expectedDeliveryDate: '2026-12-01' })],
      ],
    ])('raises for a parent or pregnant woman known from %s', (_name, facts) => {
      expect(kinds(judged(rule, policy, arrest, ...facts, opened, verdict, unweighed))).toEqual(['raise-alert']);
    });
  });

  it('leaves a conviction for a violent offence out (Bangkok Rule 64)', () => {
    const robbery = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], charges: [aCharge({ offence: 'Robbery', violent: true })] });
    expect(
      kinds(
        judged(
          rule,
          policy,
          arrest,
          mother,
          robbery,
          aVerdictDelivered(robbery.data),
          aSentenceImposed(robbery.data, { childrenWelfareConsidered: false }),
        ),
      ),
    ).toEqual(['nothing']);
  });

  it('reads only the charges she was convicted of: acquitted of the violent one, the rule applies', () => {
    const violent = aCharge({ offence: 'Assault', violent: true });
    const drugs = aCharge();
    const mixed = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], charges: [drugs, violent] });
    const findings = [
      { chargeId: drugs.chargeId, outcome: 'convicted' as const },
      { chargeId: violent.chargeId, outcome: 'acquitted' as const },
    ];
    const facts = [arrest, mother, mixed, aSentenceImposed(mixed.data, { childrenWelfareConsidered: false })];
    expect(kinds(judged(rule, policy, ...facts, aVerdictDelivered(mixed.data, 'convicted', { findings })))).toEqual(['raise-alert']);
    expect(kinds(judged(rule, policy, ...facts))).toEqual(['nothing']);
  });

  it.each<[string, (appeal: ReturnType<typeof anAppealFiled>) => ReturnType<typeof anAppealDecided>, string]>([
    [
      'the appeal court leaves no prison term',
      (appeal) => anAppealDecided(appeal.data, { newCustodialMonths: 12 }),
      'the appeal court left no prison term',
    ],
    [
      'the appeal court overturns the conviction',
      (appeal) => anAppealDecided(appeal.data, { outcome: 'conviction-overturned', newCustodialMonths: null }),
      'the appeal court left no prison term',
    ],
  ])('resolves when %s, saying how long it took', (_name, decided, says) => {
    const appeal = anAppealFiled(opened.data);
    const decision = decided(appeal);
    const outcomes = judged(rule, policy, arrest, mother, opened, verdict, unweighed, appeal, decision);
    expect(outcomes).toEqual([
      expect.objectContaining({ kind: 'raise-alert' }),
      expect.objectContaining({
        kind: 'resolve-alert',
        subjectKey: key,
        resolvedAt: decision.data.decidedAt,
        lateByMinutes: (Date.parse(decision.data.decidedAt) - Date.parse(unweighed.data.imposedAt)) / 60_000,
        reason: expect.stringContaining(says),
      }),
    ]);
  });

  it('stays raised when the appeal court keeps a prison term without saying it weighed them', () => {
    const appeal = anAppealFiled(opened.data);
    expect(
      kinds(judged(rule, policy, arrest, mother, opened, verdict, unweighed, appeal, anAppealDecided(appeal.data, { newCustodialMonths: 18 }))),
    ).toEqual(['raise-alert']);
  });

  it('resolves when a new sentence on the case weighs both', () => {
    const resentenced = aSentenceImposed(opened.data, { imposedAt: '2026-12-12T03:00:00.000Z' });
    expect(judged(rule, policy, arrest, mother, opened, verdict, unweighed, resentenced)[1]).toMatchObject({
      kind: 'resolve-alert',
      lateByMinutes: 30 * 24 * 60,
    });
  });

  it('raises against the court holding the case, in plain words and the jurisdiction’s time, without the children’s names', () => {
    const alert = raised(judged(rule, policy, arrest, mother, opened, verdict, unweighed));
    expect(alert).toMatchObject({
      subjectKey: key,
      dueAt: unweighed.data.imposedAt,
      responsibleAgency: 'court',
      responsibleUnitId: 'PP-MUNICIPAL-COURT',
      childIds: [mother.data.children[0].childId],
      severity: 'high',
    });
    expect(alert.summary).toBe(
      'The mother was sentenced on 12 Nov 2026, 10:00 GMT+7 in case PPCFI-2026-01183 to 12 months in prison for a non-violent offence without weighing her children’s welfare. On record: dependent children declared to the police. For review; an appeal or a new sentence that weighs them resolves it.',
    );
    expect(JSON.stringify(alert)).not.toContain('Dara');
  });

  it('words a father as his', () => {
    const father = anArrestMade({ ...arrest.data, person: { ...arrest.data.person, sex: 'male' } });
    const summary = raised(judged(rule, policy, father, aDependantsScreening(father.data), opened, verdict, unweighed)).summary;
    expect(summary).toContain(
      'The father was sentenced on 12 Nov 2026, 10:00 GMT+7 in case PPCFI-2026-01183 to 12 months in prison for a non-violent offence without weighing his children’s welfare.',
    );
    expect(summary).not.toMatch(/\b(she|her|mother|woman)\b/i);
  });

  it('decides the same whatever order the facts arrive in', () => {
    expect(judged(rule, policy, unweighed, prisonRecord, verdict, admitted, opened, arrest)).toEqual(
      judged(rule, policy, arrest, opened, admitted, prisonRecord, verdict, unweighed),
    );
  });

  it('takes its severity and legal basis from the policy (California: CRC 4.414(b)(5))', () => {
    const california = { ...californiaPolicy.rules['custodial-without-alternatives'], severity: 'medium' as const };
    expect(
      raised(judged(raiseAlertWhenCustodialWithoutAlternatives(california, testWords), california, arrest, mother, opened, verdict, unweighed)),
    ).toMatchObject({ severity: 'medium', legalBasis: expect.stringContaining('4.414(b)(5)') });
  });
});
