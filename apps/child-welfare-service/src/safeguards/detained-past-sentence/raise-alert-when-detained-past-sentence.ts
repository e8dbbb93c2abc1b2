import { factsOf, type FactOf, type PersonFile } from '../../person-file/person-file';
import { addMonths, caseFactsOf, isBefore, laterOf } from '../court-facts';
import { caseAlertDraft, deadlineOutcomes, metBy, onDeadlineOutcomes, type Met } from '../court-outcomes';
import type { PersonSafeguard } from '../person-safeguard';
import type { DetainedPastSentencePolicy } from '../court-policy';
import { addMinutes, minutesBetween, type AlertDraft, type SafeguardOutcome } from '../safeguard-outcome';

export const DETAINED_PAST_SENTENCE = 'detained-past-sentence';

/** What the judgments of a case so far require: a prison term as last changed, or her release from a given time. */
interface Judgment {
  readonly custodialMonths: number;
  readonly suspendedMonths: number;
  readonly reducedMonths: number;
  /** The judgment that last set it: release is never due before it. */
  readonly decidedAt: string;
  readonly eventIds: readonly string[];
  readonly release: { readonly at: string; readonly why: string } | null;
}

type JudgmentFact = FactOf<'VerdictDelivered'> | FactOf<'SentenceImposed'> | FactOf<'AppealDecided'> | FactOf<'ClemencyGranted'>;
type Dated = { readonly eventId: string; readonly occurredAt: string };
const inTimeOrder = (a: Dated, b: Dated) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt);

function releaseNow(j: Judgment | null, f: Dated, why: string): Judgment {
  if (j?.release) return j;
  return { custodialMonths: 0, suspendedMonths: 0, reducedMonths: 0, decidedAt: f.occurredAt, eventIds: [f.eventId], release: { at: f.occurredAt, why } };
}

function changed(j: Judgment, f: Dated, change: Partial<Judgment>): Judgment {
  return { ...j, ...change, decidedAt: f.occurredAt, eventIds: [...j.eventIds, f.eventId] };
}

/** Folds a case's verdicts, sentences, appeals and clemency, in event order. */
function evolveJudgment(j: Judgment | null, f: JudgmentFact): Judgment | null {
  switch (f.type) {
    case 'SentenceImposed':
      return { custodialMonths: f.data.custodialMonths, suspendedMonths: f.data.suspendedMonths, reducedMonths: 0, decidedAt: f.occurredAt, eventIds: [f.eventId], release: null };
    case 'VerdictDelivered':
      return f.data.findings.length > 0 && f.data.findings.every((x) => x.outcome === 'acquitted') ? releaseNow(j, f, 'she was acquitted') : j;
    case 'AppealDecided':
      if (f.data.outcome === 'conviction-overturned') return releaseNow(j, f, 'the appeal court overturned her conviction');
      if (!j || j.release || f.data.newCustodialMonths === null) return j;
      return changed(j, f, { custodialMonths: f.data.newCustodialMonths, suspendedMonths: Math.min(j.suspendedMonths, f.data.newCustodialMonths) });
    case 'ClemencyGranted':
      if (f.data.kind !== 'sentence-reduction') return releaseNow(j, f, `she was granted ${f.data.kind === 'pardon' ? 'a pardon' : 'an amnesty'}`);
      if (!j || j.release) return j;
      return changed(j, f, { reducedMonths: j.reducedMonths + (f.data.reductionMonths ?? 0) });
    default: {
      const _exhaustive: never = f;
      return j;
    }
  }
}

function judgmentFactsOf(file: PersonFile, caseId: string): JudgmentFact[] {
  const facts: JudgmentFact[] = [
    ...caseFactsOf(file, 'VerdictDelivered', caseId),
    ...caseFactsOf(file, 'SentenceImposed', caseId),
    ...caseFactsOf(file, 'AppealDecided', caseId),
    ...caseFactsOf(file, 'ClemencyGranted', caseId),
  ];
  return facts.sort((a, b) => file.facts.indexOf(a) - file.facts.indexOf(b));
}

/** By when she must be out, for one case, and what is known of her custody. */
interface Watched {
  readonly caseId: string;
  readonly dueAt: string;
  readonly why: string;
  readonly custodyFrom: Dated;
  readonly released: Met | null;
  readonly eventIds: readonly string[];
}

const DAY_MINUTES = 24 * 60;

/**
 * People were held past their sentence, or after an acquittal while a prosecution appeal waited
 * (LICADHO 2015). Deadline rule per case, keyed by the case id; raised against the prison at the
 * time she should have been released, resolved by her release from prison with how many days late.
 *
 * Release is due: at an acquittal (every charge), an appeal overturning the conviction, or a
 * pardon or amnesty, when it is given; otherwise at the end of the prison term (custodial months
 * less the suspended part, as last changed by an appeal's new custodial months with the suspended
 * part kept, less every clemency reduction) counted in calendar months from the start of her
 * present custody, since police custody, pre-trial detention and prison all count toward it —
 * but never before the judgment that set it. "Present custody" begins after her last release
 * before the judgment; credit for earlier, separate spells is not counted, which can only make the
 * due date later, never raise a false alert. A pending appeal does not postpone anything.
 * The overdue days grow each day: the summary states them when raised, and the dashboard shows
 * the growth from `dueAt`.
 */
export function raiseAlertWhenDetainedPastSentence(policy: DetainedPastSentencePolicy): PersonSafeguard {
  const ruleId = DETAINED_PAST_SENTENCE;

  /** The start of the custody she is in at `at` (or entered after it), and her release from prison since, if any. */
  function custodyAround(file: PersonFile, caseId: string, at: string): { from: Dated; released: Met | null } | null {
    const arrestIds = caseFactsOf(file, 'CaseOpened', caseId).flatMap((c) => c.data.arrestIds);
    const decisions = caseFactsOf(file, 'PretrialDecisionMade', caseId);
    const starts: Dated[] = [
      ...factsOf(file, 'TakenIntoPoliceCustody').filter((f) => arrestIds.includes(f.data.arrestId)),
      ...decisions.filter((d) => d.data.outcome === 'detention'),
      ...factsOf(file, 'PersonAdmitted'),
    ].sort(inTimeOrder);
    const ends: Dated[] = [
      ...factsOf(file, 'PersonReleased'),
      ...factsOf(file, 'ReleasedWithoutCharge'),
      ...factsOf(file, 'ReleasedOnPoliceBail'),
      ...decisions.filter((d) => d.data.outcome !== 'detention'),
    ].sort(inTimeOrder);
    const lastEndBefore = ends.filter((e) => isBefore(e.occurredAt, at)).pop();
    const from = starts.find((s) => !lastEndBefore || isBefore(lastEndBefore.occurredAt, s.occurredAt));
    if (!from) return null;
    const released = factsOf(file, 'PersonReleased').find((r) => isBefore(from.occurredAt, r.occurredAt) && !isBefore(r.occurredAt, at));
    return { from, released: released ? metBy(released, 'she was released from prison') : null };
  }

  function watchedOf(file: PersonFile, caseId: string): Watched | string {
    const facts = judgmentFactsOf(file, caseId);
    const j = facts.reduce<Judgment | null>(evolveJudgment, null);
    if (!j) return `no judgment in case ${caseId} requires her release`;
    // Her custody is read around the sentence (or the first judgment without one), not a later change, which may follow her release.
    const judgedAt = (facts.filter((f) => f.type === 'SentenceImposed').pop() ?? facts[0]).occurredAt;
    const custody = custodyAround(file, caseId, judgedAt);
    if (!custody) return `she is not known to be in custody in case ${caseId}`;
    const months = Math.max(0, j.custodialMonths - j.suspendedMonths - j.reducedMonths);
    const dueAt = j.release ? j.release.at : laterOf(addMonths(custody.from.occurredAt, months), j.decidedAt);
    const why = j.release ? j.release.why : `her prison term of ${months} months, counted from ${custody.from.occurredAt}, ended`;
    return { caseId, dueAt, why, custodyFrom: custody.from, released: custody.released, eventIds: j.eventIds };
  }

  function heldAt(file: PersonFile, w: Watched): string | null {
    const moves = [
      ...factsOf(file, 'PersonAdmitted').map((a) => ({ occurredAt: a.occurredAt, facility: a.data.facilityId })),
      ...factsOf(file, 'PrisonerTransferred').map((t) => ({ occurredAt: t.occurredAt, facility: t.data.toFacilityId })),
    ].filter((m) => !isBefore(m.occurredAt, w.custodyFrom.occurredAt));
    return moves.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt)).pop()?.facility ?? null;
  }

  function draft(file: PersonFile, w: Watched, countedTo: string): AlertDraft {
    const days = Math.max(0, Math.floor(minutesBetween(w.dueAt, countedTo) / DAY_MINUTES));
    const appeal = caseFactsOf(file, 'AppealFiled', w.caseId).find((a) => !caseFactsOf(file, 'AppealDecided', w.caseId).some((d) => d.data.appealId === a.data.appealId));
    const waiting = appeal ? `, while a ${appeal.data.filedBy} appeal filed ${appeal.data.filedAt} waits` : '';
    const facility = heldAt(file, w);
    return caseAlertDraft(file, w.caseId, policy, {
      ruleId,
      subjectKey: w.caseId,
      responsibleUnitId: facility,
      summary: `Held ${days} day(s) past ${w.dueAt}, when ${w.why}${waiting}; ${facility ? `held at ${facility}` : 'place of detention not recorded'}. The count grows each day she stays.`,
      dueAt: w.dueAt,
      triggeringEventIds: w.eventIds,
    });
  }

  function caseIdsOf(file: PersonFile): string[] {
    const types = new Set(['VerdictDelivered', 'SentenceImposed', 'AppealDecided', 'ClemencyGranted']);
    return [...new Set(file.facts.filter((f) => types.has(f.type)).map((f) => (f.data as { caseId: string }).caseId))];
  }

  const CRITICAL = ':critical';
  const criticalAt = (w: Watched) => addMinutes(w.dueAt, policy.criticalAfterDays * DAY_MINUTES);

  function escalation(w: Watched, at: string): SafeguardOutcome {
    return {
      kind: 'escalate-alert',
      ruleId,
      subjectKey: w.caseId,
      severity: 'critical',
      escalatedAt: at,
      reason: `still held ${policy.criticalAfterDays} days after ${w.dueAt}, when ${w.why}`,
    };
  }

  /** Held past her term, and then past the policy's days more: the alert grows to critical. */
  function outcomesOf(file: PersonFile, w: Watched): SafeguardOutcome[] {
    const outcomes = deadlineOutcomes(ruleId, w.caseId, w.dueAt, w.released, () => draft(file, w, w.released?.at ?? w.dueAt));
    if (!w.released) return [...outcomes, { kind: 'schedule-deadline', ruleId, subjectKey: `${w.caseId}${CRITICAL}`, dueAt: criticalAt(w) }];
    const cancel: SafeguardOutcome = { kind: 'cancel-deadline', ruleId, subjectKey: `${w.caseId}${CRITICAL}`, reason: `released at ${w.released.at}` };
    if (isBefore(w.released.at, criticalAt(w))) return [...outcomes, cancel];
    // Released only after it had grown critical: the record says so before it says she was released.
    const resolveAt = outcomes.findIndex((o) => o.kind === 'resolve-alert');
    return [...outcomes.slice(0, resolveAt), escalation(w, criticalAt(w)), ...outcomes.slice(resolveAt), cancel];
  }

  return {
    ruleId,

    evaluate(file: PersonFile): SafeguardOutcome[] {
      const watched = caseIdsOf(file).map((caseId) => watchedOf(file, caseId));
      if (watched.length === 0) return [{ kind: 'nothing', ruleId, reason: 'no verdict, sentence or clemency in the file' }];
      return watched.flatMap((w) => (typeof w === 'string' ? [{ kind: 'nothing', ruleId, reason: w }] : outcomesOf(file, w)));
    },

    onDeadline(file: PersonFile, subjectKey: string, now: Date): SafeguardOutcome[] {
      const critical = subjectKey.endsWith(CRITICAL);
      const w = watchedOf(file, critical ? subjectKey.slice(0, -CRITICAL.length) : subjectKey);
      if (typeof w === 'string') return [{ kind: 'nothing', ruleId, reason: w }];
      if (!critical) return onDeadlineOutcomes(ruleId, w.dueAt, now, w.released, () => draft(file, w, now.toISOString()));
      if (w.released) return [{ kind: 'nothing', ruleId, reason: `released at ${w.released.at}` }];
      if (now.getTime() < Date.parse(criticalAt(w))) return [{ kind: 'nothing', ruleId, reason: `not critical until ${criticalAt(w)}` }];
      return [{ kind: 'raise-alert', alert: draft(file, w, now.toISOString()) }, escalation(w, criticalAt(w))];
    },
  };
}
