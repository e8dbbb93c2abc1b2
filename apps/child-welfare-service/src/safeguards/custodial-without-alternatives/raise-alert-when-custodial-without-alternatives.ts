import type { Charge } from '@safeguard/contracts';
import { factsOf, type FactOf, type PersonFile } from '../../person-file/person-file';
import { caseContextOf, caseFactsOf, courtOf, familyStatusAt, isBefore } from '../court-facts';
import { caseAlertDraft, earliest, metBy, raisedAtOnce, type Met } from '../court-outcomes';
import type { PersonSafeguard } from '../person-safeguard';
import type { RulePolicy } from '../rule-policy';
import type { SafeguardOutcome } from '../safeguard-outcome';

export const CUSTODIAL_WITHOUT_ALTERNATIVES = 'custodial-without-alternatives';

const isCustodial = (s: { custodialMonths: number; suspendedMonths: number }) => s.custodialMonths > s.suspendedMonths;

/**
 * For a pregnant woman or a parent of dependent children, a non-custodial sentence is preferred
 * unless the offence is serious or violent (Bangkok Rule 64). A prison term (custodial months
 * beyond the suspended part) for a non-violent offence, imposed without weighing the children's
 * welfare or without considering a non-custodial sentence, raises an alert at once against the
 * sentencing court. Keyed `${caseId}:${imposedAt}`.
 *
 * The offence is the charges she was convicted of (all the case's charges when no verdict is in
 * the file); any violent one takes the case out of the rule. Until the case's charges are known
 * nothing is decided. An appeal that overturns the conviction or leaves no prison term, or a later
 * sentence on the case that is not custodial or weighed both, resolves it.
 */
export function raiseAlertWhenCustodialWithoutAlternatives(policy: RulePolicy): PersonSafeguard {
  const ruleId = CUSTODIAL_WITHOUT_ALTERNATIVES;

  function convictedCharges(file: PersonFile, caseId: string): readonly Charge[] {
    const charges = caseContextOf(file, caseId).charges;
    const verdict = caseFactsOf(file, 'VerdictDelivered', caseId).pop();
    if (!verdict) return charges;
    const convicted = new Set(verdict.data.findings.filter((f) => f.outcome === 'convicted').map((f) => f.chargeId));
    return charges.filter((c) => convicted.has(c.chargeId));
  }

  function gapsOf(s: FactOf<'SentenceImposed'>): string[] {
    return [
      ...(s.data.childrenWelfareConsidered ? [] : ["without weighing her children's welfare"]),
      ...(s.data.nonCustodialAlternativesConsidered ? [] : ['without considering a non-custodial sentence']),
    ];
  }

  function curedBy(file: PersonFile, s: FactOf<'SentenceImposed'>): Met | null {
    const later = <T extends { occurredAt: string }>(f: T) => isBefore(s.occurredAt, f.occurredAt);
    const appeal = caseFactsOf(file, 'AppealDecided', s.data.caseId).filter(later).find(
      (a) => a.data.outcome === 'conviction-overturned' || (a.data.newCustodialMonths !== null && a.data.newCustodialMonths <= s.data.suspendedMonths),
    );
    const resentence = caseFactsOf(file, 'SentenceImposed', s.data.caseId).filter(later).find((r) => !isCustodial(r.data) || gapsOf(r).length === 0);
    return earliest(appeal && metBy(appeal, 'the appeal court left no prison term'), resentence && metBy(resentence, 'a new sentence weighed her children and the alternatives'));
  }

  function decide(file: PersonFile, s: FactOf<'SentenceImposed'>): SafeguardOutcome[] {
    const { caseId, imposedAt, custodialMonths, suspendedMonths } = s.data;
    if (!isCustodial(s.data)) return [{ kind: 'nothing', ruleId, reason: `the sentence of ${imposedAt} is not a prison term` }];
    const status = familyStatusAt(file, imposedAt);
    if (!status) return [{ kind: 'nothing', ruleId, reason: 'no record shows she is pregnant or has dependent children' }];
    const charges = convictedCharges(file, caseId);
    if (charges.length === 0) return [{ kind: 'nothing', ruleId, reason: `the charges she was convicted of in case ${caseId} are not known` }];
    if (charges.some((c) => c.violent)) return [{ kind: 'nothing', ruleId, reason: 'a violent offence: a prison term may be preferred (Bangkok Rule 64)' }];
    const gaps = gapsOf(s);
    if (gaps.length === 0) return [{ kind: 'nothing', ruleId, reason: 'the court weighed her children and the non-custodial alternatives' }];
    const draft = caseAlertDraft(file, caseId, policy, {
      ruleId,
      subjectKey: `${caseId}:${imposedAt}`,
      responsibleUnitId: courtOf(file, caseId, imposedAt),
      summary: `A prison term of ${custodialMonths - suspendedMonths} months was imposed at ${imposedAt} in case ${caseContextOf(file, caseId).caseReference ?? caseId} on a woman ${status}, for a non-violent offence, ${gaps.join(' and ')}.`,
      dueAt: imposedAt,
      triggeringEventIds: [s.eventId],
    });
    return raisedAtOnce(draft, curedBy(file, s));
  }

  return {
    ruleId,
    evaluate(file: PersonFile): SafeguardOutcome[] {
      const sentences = factsOf(file, 'SentenceImposed');
      if (sentences.length === 0) return [{ kind: 'nothing', ruleId, reason: 'no sentence was imposed' }];
      return sentences.flatMap((s) => decide(file, s));
    },
  };
}
