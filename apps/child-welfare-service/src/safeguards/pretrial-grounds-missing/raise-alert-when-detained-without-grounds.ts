import { factsOf, type FactOf, type PersonFile } from '../../person-file/person-file';
import { caseContextOf, caseFactsOf, isBefore, spellOf } from '../court-facts';
import { caseAlertDraft, earliest, endOf, metBy, raisedAtOnce, type Met } from '../court-outcomes';
import type { PersonSafeguard } from '../person-safeguard';
import type { RulePolicy } from '../rule-policy';
import type { SafeguardOutcome } from '../safeguard-outcome';

export const PRETRIAL_GROUNDS_MISSING = 'pretrial-grounds-missing';

/**
 * A detention order must say which of the six grounds of CCP art. 205 apply and argue for it in
 * writing (the 2014 pre-trial detention forms; LICADHO 2015 found them used badly). An order with
 * no ground or no written justification raises an alert at once against the judge, keyed
 * `${caseId}:${decidedAt}`.
 *
 * It applies to everyone the service follows, not only to known parents: an unlawful detention
 * order is unlawful whoever is held, and the children may only be recorded later. A later
 * detention order on the case that states grounds and reasons resolves it, as does the end of
 * that detention (release, verdict, case closed or release from prison). Extensions carry no
 * grounds in their record, so they are not checked here.
 */
export function raiseAlertWhenDetainedWithoutGrounds(policy: RulePolicy): PersonSafeguard {
  const ruleId = PRETRIAL_GROUNDS_MISSING;

  function gapsOf(d: FactOf<'PretrialDecisionMade'>): string[] {
    return [
      ...(d.data.grounds.length === 0 ? ['no ground of detention'] : []),
      ...(d.data.justification === null || d.data.justification.trim() === '' ? ['no written justification'] : []),
    ];
  }

  function curedBy(file: PersonFile, d: FactOf<'PretrialDecisionMade'>): Met | null {
    const reasoned = caseFactsOf(file, 'PretrialDecisionMade', d.data.caseId).find(
      (later) => isBefore(d.occurredAt, later.occurredAt) && later.data.outcome === 'detention' && gapsOf(later).length === 0,
    );
    return earliest(reasoned && metBy(reasoned, 'a later detention order stated its grounds and reasons'), endOf(spellOf(file, d)));
  }

  function decide(file: PersonFile, d: FactOf<'PretrialDecisionMade'>): SafeguardOutcome[] {
    const gaps = gapsOf(d);
    if (gaps.length === 0) return [{ kind: 'nothing', ruleId, reason: `the order of ${d.data.decidedAt} states ${d.data.grounds.length} ground(s) and a written justification` }];
    const caseRef = caseContextOf(file, d.data.caseId).caseReference ?? d.data.caseId;
    const draft = caseAlertDraft(file, d.data.caseId, policy, {
      ruleId,
      subjectKey: `${d.data.caseId}:${d.data.decidedAt}`,
      responsibleUnitId: d.data.judge,
      summary: `Pre-trial detention was ordered at ${d.data.decidedAt} in case ${caseRef} by ${d.data.judge} with ${gaps.join(' and ')}.`,
      dueAt: d.data.decidedAt,
      triggeringEventIds: [d.eventId],
    });
    return raisedAtOnce(draft, curedBy(file, d));
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
