import { addMonths, type CaseView } from '../../reconciled/cases';
import { facilityAt, heldAt, type CustodyView } from '../../reconciled/custodies';
import { earliest, isBefore, byRecordOrder, type Evidence } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { DetainedPastSentencePolicy } from '../court-policy';
import { benchmarkNote } from '../custody-alert';
import type { AlertSketch, Rule, Watch } from '../rule';
import { sentenceCase, type ParentWords, type RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const DETAINED_PAST_SENTENCE = 'detained-past-sentence';

const DAY = 24 * 60;

/**
 * People were held past their sentence, or after an acquittal (LICADHO 2015). One watch per case
 * with a judgment that requires her release, due when it does, met by her release from prison;
 * while she is still held it grows critical `criticalAfterDays` later. Release is due:
 * - at an acquittal on every charge, an appeal overturning the conviction, or when a pardon or
 *   amnesty takes effect;
 * - otherwise at the end of the custodial part of the sentence (less the suspended part, as last
 *   changed on appeal, less every reduction), counted from the day the judgment says it counts
 *   from, less the days it credits; when it names no start, from the sentence less the days it
 *   credits, or, when it credits none, from the start of her present custody (police custody,
 *   pre-trial detention and prison all count) — never before the judgment that set it. Earlier,
 *   separate spells are not credited unless the judgment says so: the due date can only come later.
 * Where the jurisdiction's law keeps her detained while a prosecutor's appeal is pending, the
 * alert says so rather than calling her detention unlawful. The prison holding her must act.
 */
export function raiseAlertWhenDetainedPastSentence(policy: DetainedPastSentencePolicy, words: RuleWords): Rule {
  return {
    ruleId: DETAINED_PAST_SENTENCE,
    whenNothingOwed: 'no judgment requires the release of someone known to be in custody',
    judge: (view: FamilyView) => ({ findings: [], watches: view.cases.flatMap((c) => watchOf(view, c, policy, words)) }),
  };
}

/** What the judgments of a case so far require: a prison term as last changed, or her release from a given time. */
interface Judgment {
  readonly months: number;
  readonly suspendedMonths: number;
  readonly reducedMonths: number;
  readonly custodyStartsAt: string | null;
  readonly creditedDays: number | null;
  readonly sentencedAt: string;
  /** The latest judgment that changed it: release is never due before it. */
  readonly decidedAt: string;
  readonly eventIds: readonly string[];
  readonly release: { readonly at: string; readonly why: (p: ParentWords) => string } | null;
}

type Step = { readonly evidence: Evidence; readonly apply: (j: Judgment | null) => Judgment | null };

function releaseAt(j: Judgment | null, evidence: Evidence, at: string, why: (p: ParentWords) => string): Judgment {
  if (j?.release) return j;
  const base = j ?? { months: 0, suspendedMonths: 0, reducedMonths: 0, custodyStartsAt: null, creditedDays: null, sentencedAt: at, eventIds: [] };
  return { ...base, decidedAt: at, eventIds: [...base.eventIds, evidence.eventId], release: { at, why } };
}

/** The case's verdicts, sentences, appeal decisions and clemency, as steps in the order they happened. */
function stepsOf(c: CaseView): Step[] {
  const changed = (j: Judgment, e: Evidence, at: string, change: Partial<Judgment>): Judgment => ({
    ...j,
    ...change,
    decidedAt: at,
    eventIds: [...j.eventIds, e.eventId],
  });
  const steps: Step[] = [
    ...c.sentences.map((s): Step => ({
      evidence: s.evidence,
      apply: () => ({
        months: s.data.custodialMonths,
        suspendedMonths: s.data.suspendedMonths,
        reducedMonths: 0,
        custodyStartsAt: s.data.custodyStartsAt,
        creditedDays: s.data.creditedDays,
        sentencedAt: s.evidence.at,
        decidedAt: s.evidence.at,
        eventIds: [s.evidence.eventId],
        release: null,
      }),
    })),
    ...c.verdicts.map((v): Step => ({
      evidence: v.evidence,
      apply: (j) =>
        v.data.findings.length > 0 && v.data.findings.every((f) => f.outcome === 'acquitted')
          ? releaseAt(j, v.evidence, v.evidence.at, (p) => `the court acquitted ${p.object}`)
          : j,
    })),
    ...c.appealDecisions.map((d): Step => ({
      evidence: d.evidence,
      apply: (j) => {
        if (d.data.outcome === 'conviction-overturned')
          return releaseAt(j, d.evidence, d.evidence.at, (p) => `the appeal court overturned ${p.possessive} conviction`);
        if (!j || j.release || d.data.newCustodialMonths === null) return j;
        return changed(j, d.evidence, d.evidence.at, {
          months: d.data.newCustodialMonths,
          suspendedMonths: Math.min(j.suspendedMonths, d.data.newCustodialMonths),
        });
      },
    })),
    ...c.clemencies.map((g): Step => ({
      evidence: g.evidence,
      apply: (j) => {
        if (g.data.kind !== 'sentence-reduction')
          return releaseAt(j, g.evidence, g.data.effectiveAt, () => `${g.data.kind === 'pardon' ? 'a pardon' : 'an amnesty'} took effect`);
        if (!j || j.release) return j;
        // A reduction shortens the term, but cannot free her before it takes effect.
        return changed(j, g.evidence, g.data.effectiveAt, { reducedMonths: j.reducedMonths + (g.data.reductionMonths ?? 0) });
      },
    })),
  ];
  return steps.sort((a, b) => byRecordOrder(a.evidence, b.evidence));
}

/** Where her present custody began, as of `at`: the first start after her last release before it. */
function presentCustody(view: FamilyView, c: CaseView, at: string): Evidence | null {
  const arrests = view.arrests.filter((a) => c.arrestIds.includes(a.arrestId));
  const starts = [
    ...arrests.flatMap((a) => (a.policeCustody ? [a.policeCustody.evidence] : [])),
    ...c.decisions.filter((d) => d.data.outcome === 'detention').map((d) => d.evidence),
    ...view.custodies.map((k) => k.admission.evidence),
  ];
  const ends = [
    ...arrests.flatMap((a) => a.releases),
    ...view.custodies.flatMap((k) => (k.released ? [k.released.evidence] : [])),
    ...c.decisions.filter((d) => d.data.outcome !== 'detention').map((d) => d.evidence),
  ];
  const lastEnd = ends
    .filter((e) => isBefore(e.at, at))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .pop();
  return earliest(...starts.filter((s) => !lastEnd || isBefore(lastEnd.at, s.at)));
}

function watchOf(view: FamilyView, c: CaseView, policy: DetainedPastSentencePolicy, words: RuleWords): Watch[] {
  const steps = stepsOf(c);
  const j = steps.reduce<Judgment | null>((state, step) => step.apply(state), null);
  if (!j) return [];
  const custody = presentCustody(view, c, j.sentencedAt);
  if (!custody) return [];
  const parent = words.parent(view.parent.sex);
  const term = termOf(j, custody, parent, words);
  const dueAt = j.release ? j.release.at : laterOf(term.endsAt, j.decidedAt);
  const why = j.release ? j.release.why(parent) : term.why;
  const released = earliest(
    ...view.custodies.flatMap((k) =>
      k.released && isBefore(custody.at, k.released.evidence.at) && !isBefore(k.released.evidence.at, j.sentencedAt) ? [k.released.evidence] : [],
    ),
  );
  const criticalAt = addMinutes(dueAt, policy.criticalAfterDays * DAY);
  return [
    {
      subjectKey: c.caseId,
      dueAt,
      setBy: steps.find((s) => s.evidence.eventId === j.eventIds[j.eventIds.length - 1])?.evidence ?? custody,
      met: released && { ...released, says: 'released from prison' },
      moot: null,
      grows: [
        {
          at: criticalAt,
          severity: 'critical',
          reason: `still held ${words.count(policy.criticalAfterDays, 'day', 'days')} after ${words.instant(dueAt)}, when ${why}`,
        },
      ],
      alert: {
        ...whereHeld(view, c, dueAt),
        childIds: [],
        summary:
          `${sentenceCase(parent.noun)} should have been released on ${words.instant(dueAt)}, when ${why}, and no release from prison is recorded.` +
          `${appealNote(c, policy, parent, words)} Each day counts: the alert becomes critical after ${words.count(policy.criticalAfterDays, 'day', 'days')}${benchmarkNote(policy)}.`,
        triggeringEventIds: j.eventIds,
      },
    },
  ];
}

/** When the prison term ends, and how that was counted, in words. */
function termOf(j: Judgment, custody: Evidence, parent: ParentWords, words: RuleWords): { readonly endsAt: string; readonly why: string } {
  const months = Math.max(0, j.months - j.suspendedMonths - j.reducedMonths);
  const credit = j.creditedDays ?? 0;
  const from = j.custodyStartsAt ?? (j.creditedDays !== null ? j.sentencedAt : custody.at);
  const counted =
    j.custodyStartsAt !== null
      ? `from ${words.instant(from)}, as the judgment says`
      : j.creditedDays !== null
        ? `from the sentence on ${words.instant(from)}`
        : `from the start of ${parent.possessive} custody on ${words.instant(from)}`;
  const less = j.creditedDays !== null ? `, less ${words.count(credit, 'day', 'days')} already served` : '';
  return {
    endsAt: addMinutes(addMonths(from, months), -credit * DAY),
    why: `${parent.possessive} prison term of ${words.count(months, 'month', 'months')}, counted ${counted}${less}, ended`,
  };
}

/** A prosecutor's appeal still waiting, and what the jurisdiction's law says of it. */
function appealNote(c: CaseView, policy: DetainedPastSentencePolicy, parent: ParentWords, words: RuleWords): string {
  const waiting = c.appeals.find((a) => a.data.filedBy === 'prosecution' && !c.appealDecisions.some((d) => d.data.appealId === a.data.appealId));
  if (!waiting) return '';
  const law =
    policy.pendingProsecutionAppeal?.(parent) ?? `No rule of this jurisdiction known to the policy keeps ${parent.object} detained while it waits.`;
  return ` A prosecution appeal filed on ${words.instant(waiting.evidence.at)} is still waiting. ${law}`;
}

/** The prison holding her when she should have been released (else the last one she entered). */
function whereHeld(view: FamilyView, c: CaseView, at: string): Pick<AlertSketch, 'responsible' | 'arrestId' | 'province'> {
  const arrest = view.arrests.find((a) => c.arrestIds.includes(a.arrestId)) ?? null;
  const entered = view.custodies.filter((k: CustodyView) => !isBefore(at, k.admission.evidence.at));
  const custody = entered.find((k) => heldAt(k, at)) ?? entered.at(-1) ?? null;
  return {
    responsible: { agency: 'prison', unitId: custody ? facilityAt(custody, at) : null },
    arrestId: arrest?.arrestId ?? c.arrestIds.at(0) ?? null,
    province: arrest?.province ?? view.parent.province,
  };
}

const laterOf = (a: string, b: string): string => (isBefore(a, b) ? b : a);
