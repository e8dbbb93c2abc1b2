import type { PersonFile } from '../../person-file/person-file';
import { custodiesOf, custodyAlert, facilityAt, ofCustody } from '../prison-facts';
import type { PersonSafeguard } from '../person-safeguard';
import type { RulePolicy } from '../rule-policy';
import type { SafeguardOutcome } from '../safeguard-outcome';

export const CHILD_VISIT_FEE_CHARGED = 'child-visit-fee-charged';

/**
 * LICADHO 2015 found families paying to see their mothers, and children meeting them behind bars.
 * A child's visit (VisitTookPlace naming at least one child) that cost any fee, or that took place behind bars
 * or a screen, raises one alert per visit (`${visitId}`) at once, dated at the visit and naming
 * every concern. Adults' visits are outside this rule. The visit has happened, so no later fact
 * resolves it: a refund or a reviewer closes it.
 */
export function raiseAlertWhenChildVisitFeeCharged(policy: RulePolicy): PersonSafeguard {
  const ruleId = CHILD_VISIT_FEE_CHARGED;

  function evaluate(file: PersonFile): SafeguardOutcome[] {
    const outcomes = custodiesOf(file).flatMap((custody) =>
      ofCustody(file, 'VisitTookPlace', custody.custodyId).flatMap((visit): SafeguardOutcome[] => {
        const v = visit.data;
        if (v.childIds.length === 0) return [];
        const concerns = [
          v.fee && v.fee.amount > 0 ? `a fee of ${v.fee.amount} ${v.fee.currency} was charged` : null,
          v.setting === 'behind-bars-or-screen' ? 'they met behind bars or a screen, with no physical contact' : null,
        ].filter((c): c is string => c !== null);
        if (concerns.length === 0) return [{ kind: 'nothing', ruleId, reason: `visit ${v.visitId}: free, in the ${v.setting} setting` }];
        return [
          {
            kind: 'raise-alert',
            alert: custodyAlert(ruleId, policy, custody, v.visitedAt, {
              subjectKey: v.visitId,
              childIds: v.childIds,
              summary: `At a child's visit to her at prison ${facilityAt(custody, v.visitedAt)} on ${v.visitedAt}, ${concerns.join(', and ')}.`,
              dueAt: v.visitedAt,
              triggeringEventIds: [visit.eventId],
            }),
          },
        ];
      }),
    );
    return outcomes.length > 0 ? outcomes : [{ kind: 'nothing', ruleId, reason: 'no child has visited her in prison' }];
  }

  return { ruleId, evaluate };
}
