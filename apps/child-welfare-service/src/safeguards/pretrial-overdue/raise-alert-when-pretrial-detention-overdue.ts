import type { Charge } from '@safeguard/contracts';
import { addMonths, mostSeriousCharge, type CaseView, type DetentionSpell } from '../../reconciled/cases';
import type { FamilyView } from '../../reconciled/family-view';
import { beforeTheCourt } from '../court-alert';
import type { DetentionLimit, PretrialOverduePolicy } from '../court-policy';
import { isBenchmark } from '../custody-alert';
import type { Rule, Watch } from '../rule';
import { sentenceCase, type RuleWords } from '../rule-words';

export const PRETRIAL_OVERDUE = 'pretrial-overdue';

/**
 * Pre-trial detention may not outlast the maximum for the offence class, lawful extensions
 * included (Cambodia: CCP art. 208 felony 6 months + 2 × 6; art. 209 misdemeanour 4 + 1 × 2,
 * and never more than half the charge’s minimum sentence; California's speedy-trial clocks are a
 * benchmark, not a detention maximum). One watch per detention spell, keyed
 * `${caseId}:${decidedAt of the order that began it}`.
 *
 * The time allowed is the first order's term (never more than the initial maximum), plus each
 * recorded extension up to the number allowed, each counted up to the length allowed, so a third
 * extension or an over-long one does not lengthen it. The deadline moves when an extension is
 * recorded. Her release by any agency's record (the court's release or supervision, the verdict,
 * the case's closing, the prison's release) meets it; after the deadline it resolves the alert with
 * how late. The class is the most serious charge's. Out of scope: a person under `adultAgeYears` at
 * the arrest (minors' limits, CCP art. 212–214, are not modelled), and detention after the closing
 * order pending trial, which is counted like the rest.
 */
export function raiseAlertWhenPretrialDetentionOverdue(policy: PretrialOverduePolicy, words: RuleWords): Rule {
  const benchmark = isBenchmark(policy);

  function watchOf(view: FamilyView, c: CaseView, spell: DetentionSpell): Watch[] {
    const charge = mostSeriousCharge(c.opened.data.charges);
    const limit = charge && policy.limits[charge.offenceClass];
    if (!charge || !limit) return [];
    const age = view.arrests.find((a) => c.arrestIds.includes(a.arrestId))?.ageYearsAtArrest ?? null;
    if (age !== null && age < policy.adultAgeYears) return [];
    const allowed = allowedMonths(spell, limit, charge);
    const start = spell.ordered.evidence;
    const dueAt = addMonths(start.at, allowed.months);
    const p = words.parent(view.parent.sex);
    const recorded = spell.extensions.length;
    const extensions =
      recorded === 0
        ? 'no extension recorded'
        : `${words.count(recorded, 'extension', 'extensions')} recorded${recorded > limit.maxExtensions ? `, ${limit.maxExtensions} of them allowed` : ''}`;
    const cap =
      allowed.cap &&
      `, ${allowed.cap.share === 0.5 ? 'half' : `${Math.round(allowed.cap.share * 100)}% of`} the charge’s minimum sentence of ${words.count(allowed.cap.minimumMonths, 'month', 'months')}`;
    const ofClass = `${words.count(allowed.months, 'month', 'months')} for a ${charge.offenceClass}${cap ?? ''}`;
    const maximum = benchmark ? `${ofClass}, a benchmark this policy sets, not a legal maximum` : `the legal maximum of ${ofClass}`;
    return [
      {
        subjectKey: `${c.caseId}:${spell.ordered.data.decidedAt}`,
        dueAt,
        setBy: start,
        met: spell.ended,
        moot: null,
        alert: {
          ...beforeTheCourt(view, c, start.at),
          summary:
            `${sentenceCase(p.possessive)} pre-trial detention in case ${c.reference}, ordered on ${words.instant(start.at)}, ran past ${words.instant(dueAt)}: ${maximum} (${extensions}). ` +
            (benchmark ? 'The court should review the detention.' : `The court must release ${p.object}.`),
          triggeringEventIds: [start.eventId, ...spell.extensions.map((e) => e.evidence.eventId)],
        },
      },
    ];
  }

  return {
    ruleId: PRETRIAL_OVERDUE,
    whenNothingOwed: 'no pre-trial detention of an adult on a case whose charges the policy limits',
    judge: (view: FamilyView) => ({ findings: [], watches: view.cases.flatMap((c) => c.detentions.flatMap((s) => watchOf(view, c, s))) }),
  };
}

/** The months the spell may last, and the minimum sentence when a share of it is what limits them (CCP art. 209). */
function allowedMonths(
  spell: DetentionSpell,
  limit: DetentionLimit,
  charge: Charge,
): { months: number; cap: { share: number; minimumMonths: number } | null } {
  const first = Math.min(spell.ordered.data.detentionMonths ?? limit.initialMonths, limit.initialMonths);
  const months = spell.extensions
    .slice(0, limit.maxExtensions)
    .reduce((sum, e) => sum + Math.min(e.data.additionalMonths, limit.extensionMonths), first);
  const share = limit.shareOfMinimumPenalty ?? null;
  const minimumMonths = charge.minimumPenaltyMonths ?? null;
  if (share === null || minimumMonths === null || months <= minimumMonths * share) return { months, cap: null };
  return { months: minimumMonths * share, cap: { share, minimumMonths } };
}
