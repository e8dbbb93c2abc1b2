import type { Charge, PretrialDecisionMadeData } from '@safeguard/contracts';
import { mostSeriousCharge, spellOf, type CaseView } from '../../reconciled/cases';
import type { FamilyView } from '../../reconciled/family-view';
import type { Recorded } from '../../reconciled/recorded';
import { beforeTheCourt } from '../court-alert';
import type { PretrialBelowThresholdPolicy } from '../court-policy';
import { isBenchmark } from '../custody-alert';
import type { Finding, Rule } from '../rule';
import { sentenceCase, type RuleWords } from '../rule-words';

export const PRETRIAL_BELOW_THRESHOLD = 'pretrial-below-threshold';

/**
 * Pre-trial detention is allowed only for a felony or a misdemeanour punishable by at least
 * `minimumMaximumPenaltyMonths` (CCP art. 204: one year; California's 13 months is a benchmark,
 * since PC §1270(a) allows it on a finding on the record). A detention order on a case whose most
 * serious charge (highest class, then longest maximum) is a petty offence or carries less raises an
 * alert at once against the court, keyed `${caseId}:${decidedAt}`. Like the grounds rule, it
 * applies to everyone followed. No later order can make such a detention lawful, so only its end
 * by any agency's record (the court's release, verdict or closing, the prison's release) resolves it.
 */
export function raiseAlertWhenDetainedForMinorOffence(policy: PretrialBelowThresholdPolicy, words: RuleWords): Rule {
  const tooMinor = (charge: Charge) => charge.offenceClass === 'petty-offence' || charge.maximumPenaltyMonths < policy.minimumMaximumPenaltyMonths;
  const benchmark = isBenchmark(policy);
  const needs = benchmark
    ? `below the ${words.count(policy.minimumMaximumPenaltyMonths, 'month', 'months')} this policy takes as a benchmark for detention, not a legal limit`
    : `detention needs an offence punishable by ${words.count(policy.minimumMaximumPenaltyMonths, 'month', 'months')} or more`;

  function findingOf(view: FamilyView, c: CaseView, d: Recorded<PretrialDecisionMadeData>): Finding[] {
    const charge = mostSeriousCharge(c.opened.data.charges);
    if (d.data.outcome !== 'detention' || !charge || !tooMinor(charge)) return [];
    const p = words.parent(view.parent.sex);
    const what =
      charge.offenceClass === 'petty-offence'
        ? 'a petty offence'
        : `a ${charge.offenceClass} punishable by at most ${words.count(charge.maximumPenaltyMonths, 'month', 'months')}`;
    return [
      {
        subjectKey: `${c.caseId}:${d.data.decidedAt}`,
        shownBy: { ...d.evidence, says: `detention ordered for ${what}` },
        cured: spellOf(c, d)?.ended ?? null,
        alert: {
          ...beforeTheCourt(view, c, d.evidence.at),
          summary:
            `${sentenceCase(p.person)} was ordered detained before trial on ${words.instant(d.evidence.at)} in case ${c.reference} although the most serious charge, ` +
            `${charge.offence}, is ${what}: ${needs}. ${benchmark ? 'The court should review the detention.' : `The court must release ${p.object}.`}`,
          triggeringEventIds: [d.evidence.eventId],
        },
      },
    ];
  }

  return {
    ruleId: PRETRIAL_BELOW_THRESHOLD,
    whenNothingOwed: `no detention was ordered on a case whose most serious charge is punishable by less than ${words.count(policy.minimumMaximumPenaltyMonths, 'month', 'months')}`,
    judge: (view: FamilyView) => ({ watches: [], findings: view.cases.flatMap((c) => c.decisions.flatMap((d) => findingOf(view, c, d))) }),
  };
}
