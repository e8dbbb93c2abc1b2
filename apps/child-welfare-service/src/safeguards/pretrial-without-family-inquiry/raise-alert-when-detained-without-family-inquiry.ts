import { factsOf, type FactOf, type PersonFile } from '../../person-file/person-file';
import { caseContextOf, caseFactsOf, familyStatusAt, isBefore, isParentOfDependantsAt, spellOf } from '../court-facts';
import { caseAlertDraft, earliest, endOf, metBy, raisedAtOnce, type Met } from '../court-outcomes';
import type { PersonSafeguard } from '../person-safeguard';
import type { RulePolicy } from '../rule-policy';
import type { SafeguardOutcome } from '../safeguard-outcome';

export const PRETRIAL_WITHOUT_FAMILY_INQUIRY = 'pretrial-without-family-inquiry';

/**
 * Judges ordered mothers detained without knowing of their children (LICADHO 2015). A detention
 * order for a woman who was pregnant or a parent of dependent children, made without asking about
 * pregnancy and dependants, or (for a parent) without noting who cares for the children, raises an
 * alert at once against the judge. Keyed `${caseId}:${decidedAt}`.
 *
 * Whether she is pregnant or a parent is read from every record in her file (children recorded by
 * the prison later were alive at the order; a pregnancy counts when it had begun by then). With no
 * record either way nothing is raised: the rule cannot tell the judge missed a family. The alert is
 * resolved by a later decision on the case that asked and noted the arrangements, or by the end of
 * that detention (release, verdict, case closed or release from prison), whichever comes first.
 */
export function raiseAlertWhenDetainedWithoutFamilyInquiry(policy: RulePolicy): PersonSafeguard {
  const ruleId = PRETRIAL_WITHOUT_FAMILY_INQUIRY;

  function gapsOf(file: PersonFile, d: FactOf<'PretrialDecisionMade'>): string[] {
    const parent = isParentOfDependantsAt(file, d.occurredAt);
    return [
      ...(d.data.askedAboutPregnancyAndDependants ? [] : ['without asking whether she is pregnant or has dependent children']),
      ...(parent && d.data.careArrangementsNoted === null ? ['without noting who cares for her children'] : []),
    ];
  }

  function curedBy(file: PersonFile, d: FactOf<'PretrialDecisionMade'>): Met | null {
    const inquiry = caseFactsOf(file, 'PretrialDecisionMade', d.data.caseId).find(
      (later) => isBefore(d.occurredAt, later.occurredAt) && gapsOf(file, later).length === 0,
    );
    return earliest(inquiry && metBy(inquiry, 'a later decision asked about her family and noted the care arrangements'), endOf(spellOf(file, d)));
  }

  function decide(file: PersonFile, d: FactOf<'PretrialDecisionMade'>): SafeguardOutcome[] {
    const status = familyStatusAt(file, d.occurredAt);
    if (!status) return [{ kind: 'nothing', ruleId, reason: `no record shows she was pregnant or had dependent children when detention was ordered at ${d.occurredAt}` }];
    const gaps = gapsOf(file, d);
    if (gaps.length === 0) return [{ kind: 'nothing', ruleId, reason: `the judge asked about her family and noted the care arrangements at ${d.occurredAt}` }];
    const caseRef = caseContextOf(file, d.data.caseId).caseReference ?? d.data.caseId;
    const draft = caseAlertDraft(file, d.data.caseId, policy, {
      ruleId,
      subjectKey: `${d.data.caseId}:${d.data.decidedAt}`,
      responsibleUnitId: d.data.judge,
      summary: `Pre-trial detention was ordered at ${d.data.decidedAt} in case ${caseRef} by ${d.data.judge} for a woman ${status}, ${gaps.join(' and ')}.`,
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
