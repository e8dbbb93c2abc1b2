import { factsOf, type PersonFile } from '../../person-file/person-file';
import type { DetentionLimit, PretrialOverduePolicy } from '../court-policy';
import { addMonths, caseContextOf, detentionSpellsOf, mostSeriousCharge, type DetentionSpell } from '../court-facts';
import { caseAlertDraft, deadlineOutcomes, endOf, onDeadlineOutcomes } from '../court-outcomes';
import type { PersonSafeguard } from '../person-safeguard';
import type { AlertDraft, SafeguardOutcome } from '../safeguard-outcome';

export const PRETRIAL_OVERDUE = 'pretrial-overdue';

/** A spell the law limits, and by when it must end. */
interface Watched {
  readonly key: string;
  readonly spell: DetentionSpell;
  readonly limit: DetentionLimit;
  readonly offenceClass: string;
  readonly allowedMonths: number;
  readonly dueAt: string;
}

/**
 * Pre-trial detention may not outlast the legal maximum for the offence class, extensions
 * included (CCP art. 208 felony 6 months + 2 × 6; art. 209 misdemeanour 4 + 1 × 2). Deadline rule
 * per detention spell, keyed `${caseId}:${decidedAt of the order that began it}`.
 *
 * The time allowed is the first order's term (never more than the initial maximum), plus each
 * recorded extension up to the legal number, each counted up to the legal length: an extension
 * beyond the legal number, or longer than allowed, does not lengthen the maximum. Holding her past
 * a shorter first order that was never extended is therefore overdue too. The deadline moves when
 * an extension is recorded. A release or judicial supervision, a verdict, the case's closing or her
 * release from prison before it cancels it; after it, raises and resolves with how late.
 * The class is that of the most serious charge of the case. A person under `adultAgeYears` at the
 * arrest is out of scope (minors' shorter limits, CCP art. 212–214, are not modelled), and so is
 * detention after the closing order pending trial, which is counted like the rest.
 */
export function raiseAlertWhenPretrialDetentionOverdue(policy: PretrialOverduePolicy): PersonSafeguard {
  const ruleId = PRETRIAL_OVERDUE;

  function allowedMonths(spell: DetentionSpell, limit: DetentionLimit): number {
    const first = Math.min(spell.ordered.data.detentionMonths ?? limit.initialMonths, limit.initialMonths);
    const lawful = spell.extensions.slice(0, limit.maxExtensions).map((e) => Math.min(e.data.additionalMonths, limit.extensionMonths));
    return lawful.reduce((sum, m) => sum + m, first);
  }

  function ageAtArrest(file: PersonFile, arrestId: string | null): number | null {
    const arrest = factsOf(file, 'ArrestMade').find((a) => a.data.arrestId === arrestId);
    if (!arrest) return null;
    const { dateOfBirth, estimatedAgeYears } = arrest.data.person;
    if (dateOfBirth === null) return estimatedAgeYears;
    const born = new Date(dateOfBirth);
    const at = new Date(arrest.data.arrestedAt);
    const birthdayPassed = at.getUTCMonth() > born.getUTCMonth() || (at.getUTCMonth() === born.getUTCMonth() && at.getUTCDate() >= born.getUTCDate());
    return at.getUTCFullYear() - born.getUTCFullYear() - (birthdayPassed ? 0 : 1);
  }

  function watchedOf(file: PersonFile, spell: DetentionSpell): Watched | string {
    const context = caseContextOf(file, spell.caseId);
    const charge = mostSeriousCharge(context.charges);
    if (!charge) return `the charges of case ${spell.caseId} are not known yet`;
    const limit = policy.limits[charge.offenceClass];
    if (!limit) return `no pre-trial detention is allowed for a ${charge.offenceClass} (see pretrial-below-threshold)`;
    const age = ageAtArrest(file, context.arrestId);
    if (age !== null && age < policy.adultAgeYears) return `she was ${age} at the arrest: the limits for minors are not modelled`;
    const months = allowedMonths(spell, limit);
    const key = `${spell.caseId}:${spell.ordered.data.decidedAt}`;
    return { key, spell, limit, offenceClass: charge.offenceClass, allowedMonths: months, dueAt: addMonths(spell.ordered.data.decidedAt, months) };
  }

  function draft(file: PersonFile, w: Watched): AlertDraft {
    const { ordered, extensions } = w.spell;
    const judge = extensions[extensions.length - 1]?.data.judge ?? ordered.data.judge;
    const ref = caseContextOf(file, w.spell.caseId).caseReference ?? w.spell.caseId;
    return caseAlertDraft(file, w.spell.caseId, policy, {
      ruleId,
      subjectKey: w.key,
      responsibleUnitId: judge,
      summary:
        `Held in pre-trial detention in case ${ref} since ${ordered.data.decidedAt} past ${w.dueAt}, the legal maximum of ${w.allowedMonths} months ` +
        `for a ${w.offenceClass} with ${Math.min(extensions.length, w.limit.maxExtensions)} lawful extension(s) (${extensions.length} recorded); last order by ${judge}.`,
      dueAt: w.dueAt,
      triggeringEventIds: [ordered.eventId, ...extensions.map((e) => e.eventId)],
    });
  }

  function allWatched(file: PersonFile): (Watched | string)[] {
    return factsOf(file, 'CaseOpened').flatMap((c) => detentionSpellsOf(file, c.data.caseId).map((s) => watchedOf(file, s)));
  }

  return {
    ruleId,

    evaluate(file: PersonFile): SafeguardOutcome[] {
      const watched = allWatched(file);
      if (watched.length === 0) return [{ kind: 'nothing', ruleId, reason: 'no pre-trial detention on a known case' }];
      return watched.flatMap((w) =>
        typeof w === 'string' ? [{ kind: 'nothing', ruleId, reason: w }] : deadlineOutcomes(ruleId, w.key, w.dueAt, endOf(w.spell), () => draft(file, w)),
      );
    },

    onDeadline(file: PersonFile, subjectKey: string, now: Date): SafeguardOutcome[] {
      const w = allWatched(file).find((x): x is Watched => typeof x !== 'string' && x.key === subjectKey);
      if (!w) return [{ kind: 'nothing', ruleId, reason: `no limited pre-trial detention ${subjectKey} in the file` }];
      return onDeadlineOutcomes(ruleId, w.dueAt, now, endOf(w.spell), () => draft(file, w));
    },
  };
}
