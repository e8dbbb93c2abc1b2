import type { PretrialDecisionMadeData } from '@safeguard/contracts';
import { spellOf, type CaseView } from '../../reconciled/cases';
import { earliest, isBefore } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { Recorded } from '../../reconciled/recorded';
import { beforeTheCourt, familyOnRecord, type FamilyOnRecord } from '../court-alert';
import { isBenchmark } from '../custody-alert';
import type { Finding, Rule } from '../rule';
import type { RulePolicy } from '../rule-policy';
import { sentenceCase, type RuleWords } from '../rule-words';

export const PRETRIAL_WITHOUT_FAMILY_INQUIRY = 'pretrial-without-family-inquiry';

type Decision = Recorded<PretrialDecisionMadeData>;

/**
 * Judges ordered mothers detained without knowing of their children (LICADHO 2015). A detention
 * order for a parent of dependent children or a woman pregnant by then, made without asking about
 * pregnancy and dependants, or (for a parent) without noting who cares for the children, raises an
 * alert at once against the court, keyed `${caseId}:${decidedAt}`.
 *
 * The family is read from every agency's record: children the prison recorded later were alive at
 * the order, a count without details or children present at the arrest show she is a parent, and a
 * pregnancy counts once it had begun. Not asking is a miss whenever the records show a family;
 * not noting the children's care only when some agency had recorded them by the order (a judge who
 * asked and was told of none had no care to note). With no record either way nothing is raised. A later
 * decision on the case that asks and notes the care, or the end of that detention (release,
 * verdict, case closed, release from prison), resolves it.
 */
export function raiseAlertWhenDetainedWithoutFamilyInquiry(policy: RulePolicy, words: RuleWords): Rule {
  const note = isBenchmark(policy) ? ' Here the inquiry is a benchmark, not a legal duty.' : '';
  return {
    ruleId: PRETRIAL_WITHOUT_FAMILY_INQUIRY,
    whenNothingOwed: 'no detention was ordered, without a family inquiry, of anyone any agency knows to be a parent or pregnant',
    judge: (view: FamilyView) => ({
      watches: [],
      findings: view.cases.flatMap((c) => c.decisions.flatMap((d) => findingOf(view, c, d, words, note))),
    }),
  };
}

function gapsOf(d: Decision, family: FamilyOnRecord, words: RuleWords): string[] {
  const p = words.parent(family.sex);
  const asking =
    family.sex === 'male'
      ? `whether ${p.subject} ${p.has} dependent children`
      : `whether ${p.subject} ${p.is} pregnant or ${p.has} dependent children`;
  return [
    ...(d.data.askedAboutPregnancyAndDependants ? [] : [`without asking ${asking}`]),
    // Only children some agency had recorded by then: a judge who asked and heard of none had no care to note.
    ...(family.parent && !isBefore(d.evidence.at, family.parent.at) && d.data.careArrangementsNoted === null
      ? [`without noting who cares for ${p.possessive} children`]
      : []),
  ];
}

function findingOf(view: FamilyView, c: CaseView, d: Decision, words: RuleWords, note: string): Finding[] {
  if (d.data.outcome !== 'detention') return [];
  const family = familyOnRecord(view, d.evidence.at);
  if (!family) return [];
  const gaps = gapsOf(d, family, words);
  if (gaps.length === 0) return [];
  const inquiry = c.decisions.find((later) => isBefore(d.evidence.at, later.evidence.at) && gapsOf(later, family, words).length === 0);
  const p = words.parent(family.sex);
  const who = family.parent ? p.noun : p.person;
  return [
    {
      subjectKey: `${c.caseId}:${d.data.decidedAt}`,
      shownBy: { ...d.evidence, says: `detention ordered ${gaps.join(' and ')}` },
      cured: earliest(
        inquiry && { ...inquiry.evidence, says: 'a later decision asked about the family and noted the children’s care' },
        spellOf(c, d)?.ended,
      ),
      alert: {
        ...beforeTheCourt(view, c, d.evidence.at),
        summary: `${sentenceCase(who)} was ordered detained before trial on ${words.instant(d.evidence.at)} in case ${c.reference} ${gaps.join(' and ')}. On record: ${family.shownBy}.${note}`,
        triggeringEventIds: [d.evidence.eventId],
      },
    },
  ];
}
