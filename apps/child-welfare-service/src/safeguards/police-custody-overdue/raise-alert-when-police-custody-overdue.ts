import { factsOf, type FactOf, type PersonFile } from '../../person-file/person-file';
import { addHours, deadlineSafeguard, firstMark, type Mark, type Watch } from '../prison-facts';
import type { PoliceCustodyPolicy } from '../prison-policy';
import type { AlertDraft } from '../safeguard-outcome';

export const POLICE_CUSTODY_OVERDUE = 'police-custody-overdue';

/**
 * Cambodian CCP art. 96 (California Penal Code §825): police custody ends within `withinHours`,
 * by bringing her before a prosecutor or judge, releasing her, or transferring her to prison.
 * One deadline per arrest (`${arrestId}`) from TakenIntoPoliceCustody. A PoliceCustodyExtended
 * authorised before that deadline makes it moot and opens another
 * (`${arrestId}:extended-until:${until}`), capped at `maxExtendedHours` after custody whatever the
 * authorisation says (72 h under art. 96; 48 h in California, which knows no police extension, so
 * there an extension changes nothing). An extension authorised after the deadline came too late to
 * make the custody lawful and is ignored. Hours are counted straight through: §825's exclusion of
 * Sundays and holidays is not modelled, which errs towards alerting.
 */
export function raiseAlertWhenPoliceCustodyOverdue(policy: PoliceCustodyPolicy) {
  const ruleId = POLICE_CUSTODY_OVERDUE;

  function ended(file: PersonFile, arrestId: string, from: string): Mark | null {
    const of = <F extends { data: { arrestId: string } } & { eventId: string }>(facts: F[], at: (f: F) => string, says: string) =>
      facts.filter((f) => f.data.arrestId === arrestId && Date.parse(at(f)) >= Date.parse(from)).map((f) => ({ at: at(f), eventId: f.eventId, says }));
    return firstMark(
      ...of(factsOf(file, 'BroughtBeforeJudicialAuthority'), (f) => f.data.broughtAt, 'brought before a judicial authority'),
      ...of(factsOf(file, 'ReleasedWithoutCharge'), (f) => f.data.releasedAt, 'released without charge'),
      ...of(factsOf(file, 'ReleasedOnPoliceBail'), (f) => f.data.releasedAt, 'released on police bail'),
      ...of(factsOf(file, 'TransferredToPrison'), (f) => f.data.transferredAt, 'transferred to prison'),
      ...judgeOrPrisonTookOver(file, arrestId, from),
    );
  }

  /**
   * A judge's pre-trial decision on the case opened from this arrest shows she was brought before
   * a judge, and a prison admission shows police custody ended, even when the police never
   * recorded the hand-over: the rule is about how long the police held her, not about their paperwork.
   */
  function judgeOrPrisonTookOver(file: PersonFile, arrestId: string, from: string): Mark[] {
    const cases = new Set(factsOf(file, 'CaseOpened').filter((c) => c.data.arrestIds.includes(arrestId)).map((c) => c.data.caseId));
    const after = (at: string) => Date.parse(at) >= Date.parse(from);
    return [
      ...factsOf(file, 'PretrialDecisionMade')
        .filter((d) => cases.has(d.data.caseId) && after(d.data.decidedAt))
        .map((d) => ({ at: d.data.decidedAt, eventId: d.eventId, says: 'brought before the investigating judge (pre-trial decision)' })),
      ...factsOf(file, 'PersonAdmitted')
        .filter((a) => after(a.data.admittedAt))
        .map((a) => ({ at: a.data.admittedAt, eventId: a.eventId, says: `admitted to ${a.data.facilityId}` })),
    ];
  }

  function watchesFor(file: PersonFile, custody: FactOf<'TakenIntoPoliceCustody'>): Watch[] {
    const { arrestId, custodyAt, facility } = custody.data;
    const arrest = factsOf(file, 'ArrestMade').find((a) => a.data.arrestId === arrestId);
    const dueAt = addHours(custodyAt, policy.withinHours);
    const cap = addHours(custodyAt, policy.maxExtendedHours);
    const extension = factsOf(file, 'PoliceCustodyExtended')
      .filter((e) => e.data.arrestId === arrestId && Date.parse(e.data.authorisedAt) <= Date.parse(dueAt) && Date.parse(e.data.until) > Date.parse(dueAt) && Date.parse(cap) > Date.parse(dueAt))
      .pop();
    const met = ended(file, arrestId, custodyAt);
    const alert = (subjectKey: string, due: string, why: string): AlertDraft => ({
      ruleId,
      subjectKey,
      severity: policy.severity,
      personId: file.personId,
      arrestId,
      childIds: [],
      responsibleAgency: policy.responsibleAgency,
      responsibleUnitId: arrest?.data.arrestingUnit.unitId ?? null,
      province: arrest?.data.province ?? null,
      legalBasis: policy.legalBasis,
      summary: `Held in police custody at ${facility} since ${custodyAt} and not brought before a prosecutor or judge, released or transferred by ${due} (${why}).`,
      dueAt: due,
      triggeringEventIds: [custody.eventId, ...(extension ? [extension.eventId] : [])],
    });
    const base: Watch = {
      subjectKey: arrestId,
      dueAt,
      met,
      moot: extension ? { at: extension.data.authorisedAt, eventId: extension.eventId, says: `custody extended until ${extension.data.until}` } : null,
      alert: alert(arrestId, dueAt, `${policy.withinHours} h`),
    };
    if (!extension) return [base];
    const until = Date.parse(extension.data.until) < Date.parse(cap) ? extension.data.until : cap;
    const key = `${arrestId}:extended-until:${until}`;
    return [base, { subjectKey: key, dueAt: until, met, moot: null, alert: alert(key, until, `extended, at most ${policy.maxExtendedHours} h`) }];
  }

  return deadlineSafeguard(ruleId, (file) => factsOf(file, 'TakenIntoPoliceCustody').flatMap((c) => watchesFor(file, c)), 'she has not been taken into police custody');
}
