import type { Charge } from '@safeguard/contracts';
import { factsOf, type FactOf, type PersonFile } from '../../person-file/person-file';
import type { PretrialBelowThresholdPolicy } from '../court-policy';
import { caseContextOf, mostSeriousCharge, spellOf } from '../court-facts';
import { caseAlertDraft, endOf, raisedAtOnce } from '../court-outcomes';
import type { PersonSafeguard } from '../person-safeguard';
import type { SafeguardOutcome } from '../safeguard-outcome';

export const PRETRIAL_BELOW_THRESHOLD = 'pretrial-below-threshold';

/**
 * Pre-trial detention is allowed only for a felony or a misdemeanour punishable by at least
 * `minimumMaximumPenaltyMonths` (CCP art. 204: one year). A detention order on a case whose most
 * serious charge (highest class, then longest maximum) is a petty offence or carries less raises
 * an alert at once against the judge, keyed `${caseId}:${decidedAt}`.
 *
 * The charges are those of CaseOpened; until the case is known nothing is decided. No later order
 * can make such a detention lawful, so only its end (release, verdict, case closed or release
 * from prison) resolves the alert. Like the grounds rule, it applies to everyone followed.
 */
export function raiseAlertWhenDetainedForMinorOffence(policy: PretrialBelowThresholdPolicy): PersonSafeguard {
  const ruleId = PRETRIAL_BELOW_THRESHOLD;

  function tooMinor(charge: Charge): boolean {
    return charge.offenceClass === 'petty-offence' || charge.maximumPenaltyMonths < policy.minimumMaximumPenaltyMonths;
  }

  function decide(file: PersonFile, d: FactOf<'PretrialDecisionMade'>): SafeguardOutcome[] {
    const context = caseContextOf(file, d.data.caseId);
    const charge = mostSeriousCharge(context.charges);
    if (!charge) return [{ kind: 'nothing', ruleId, reason: `the charges of case ${d.data.caseId} are not known yet` }];
    if (!tooMinor(charge)) {
      return [{ kind: 'nothing', ruleId, reason: `the most serious charge is a ${charge.offenceClass} punishable by up to ${charge.maximumPenaltyMonths} months` }];
    }
    const draft = caseAlertDraft(file, d.data.caseId, policy, {
      ruleId,
      subjectKey: `${d.data.caseId}:${d.data.decidedAt}`,
      responsibleUnitId: d.data.judge,
      summary:
        `Pre-trial detention was ordered at ${d.data.decidedAt} in case ${context.caseReference ?? d.data.caseId} by ${d.data.judge} although the most serious charge is a ` +
        `${charge.offenceClass} punishable by at most ${charge.maximumPenaltyMonths} months (detention needs ${policy.minimumMaximumPenaltyMonths} or more).`,
      dueAt: d.data.decidedAt,
      triggeringEventIds: [d.eventId],
    });
    return raisedAtOnce(draft, endOf(spellOf(file, d)));
  }

  return {
    ruleId,
    evaluate(file: PersonFile): SafeguardOutcome[] {
      const detentions = factsOf(file, 'PretrialDecisionMade').filter((d) => d.data.outcome === 'detention');
      if (detentions.length === 0) return [{ kind: 'nothing', ruleId, reason: 'no pre-trial detention was ordered' }];
      return detentions.flatMap((d) => decide(file, d));
    },
  };
}
