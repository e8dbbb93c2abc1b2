import type { SentenceImposedData } from '@safeguard/contracts';
import { convictedCharges, isPrisonTerm, type CaseView } from '../../reconciled/cases';
import { earliest, isBefore } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { Recorded } from '../../reconciled/recorded';
import { beforeTheCourt, familyOnRecord } from '../court-alert';
import type { Finding, Rule } from '../rule';
import type { RulePolicy } from '../rule-policy';
import { sentenceCase, type RuleWords } from '../rule-words';

export const CUSTODIAL_WITHOUT_ALTERNATIVES = 'custodial-without-alternatives';

type Sentence = Recorded<SentenceImposedData>;

/**
 * For a pregnant woman or a parent of dependent children, a non-custodial sentence is preferred
 * unless the offence is serious or violent (Bangkok Rule 64). A prison term for a non-violent
 * offence, imposed without weighing the children's welfare or without considering a non-custodial
 * sentence, raises an alert at once against the court, keyed `${caseId}:${imposedAt}`, for review.
 *
 * The family is read from every agency's record (children the prison recorded, a count without
 * details, children seen at the arrest, a pregnancy begun by then). The offence is the charges she
 * stood convicted of at the sentence (every charge of the case while no verdict is recorded); any
 * violent one takes the case out of the rule. An appeal decision that overturns the conviction or
 * leaves no prison term, or a later sentence on the case that weighed both or is not a prison term,
 * resolves it.
 */
export function raiseAlertWhenCustodialWithoutAlternatives(_policy: RulePolicy, words: RuleWords): Rule {
  return {
    ruleId: CUSTODIAL_WITHOUT_ALTERNATIVES,
    whenNothingOwed:
      'no prison term for a non-violent offence was imposed, without weighing the alternatives, on anyone any agency knows to be a parent or pregnant',
    judge: (view: FamilyView) => ({ watches: [], findings: view.cases.flatMap((c) => c.sentences.flatMap((s) => findingOf(view, c, s, words))) }),
  };
}

function gapsOf(s: Sentence, possessive: string): string[] {
  return [
    ...(s.data.childrenWelfareConsidered ? [] : [`without weighing ${possessive} children’s welfare`]),
    ...(s.data.nonCustodialAlternativesConsidered ? [] : ['without considering a non-custodial sentence']),
  ];
}

function findingOf(view: FamilyView, c: CaseView, s: Sentence, words: RuleWords): Finding[] {
  if (!isPrisonTerm(s.data)) return [];
  const at = s.evidence.at;
  const family = familyOnRecord(view, at);
  const charges = convictedCharges(c, at);
  if (!family || charges.length === 0 || charges.some((charge) => charge.violent)) return [];
  const p = words.parent(family.sex);
  const gaps = gapsOf(s, p.possessive);
  if (gaps.length === 0) return [];
  const later = (e: { evidence: { at: string } }) => isBefore(at, e.evidence.at);
  const appeal = c.appealDecisions
    .filter(later)
    .find(
      (a) =>
        a.data.outcome === 'conviction-overturned' || (a.data.newCustodialMonths !== null && a.data.newCustodialMonths <= s.data.suspendedMonths),
    );
  const resentence = c.sentences.filter(later).find((r) => !isPrisonTerm(r.data) || gapsOf(r, p.possessive).length === 0);
  const term = words.count(s.data.custodialMonths - s.data.suspendedMonths, 'month', 'months');
  return [
    {
      subjectKey: `${c.caseId}:${s.data.imposedAt}`,
      shownBy: { ...s.evidence, says: `a prison term imposed ${gaps.join(' and ')}` },
      cured: earliest(
        appeal && { ...appeal.evidence, says: 'the appeal court left no prison term' },
        resentence && {
          ...resentence.evidence,
          says: isPrisonTerm(resentence.data) ? 'a new sentence weighed the children and the alternatives' : 'a new sentence imposed no prison term',
        },
      ),
      alert: {
        ...beforeTheCourt(view, c, at),
        summary:
          `${sentenceCase(family.parent ? p.noun : p.person)} was sentenced on ${words.instant(at)} in case ${c.reference} to ${term} in prison for a non-violent offence ` +
          `${gaps.join(' and ')}. On record: ${family.shownBy}. For review; an appeal or a new sentence that weighs them resolves it.`,
        triggeringEventIds: [s.evidence.eventId],
      },
    },
  ];
}
