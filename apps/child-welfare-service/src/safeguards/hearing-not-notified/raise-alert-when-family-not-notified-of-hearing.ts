import type { CaseView, HearingView } from '../../reconciled/cases';
import { earliest, isBefore } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import { beforeTheCourt } from '../court-alert';
import type { HearingNotNotifiedPolicy } from '../court-policy';
import { isBenchmark } from '../custody-alert';
import type { Rule, Watch } from '../rule';
import type { RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const HEARING_NOT_NOTIFIED = 'hearing-not-notified';

/**
 * Families often learnt of no hearing, so children never understood what happened to their
 * mother (LICADHO 2015). The family must be told of each hearing `noticeDays` before it; a hearing
 * set closer than that, within `shortNoticeWithinMinutes` of when the court set it. One watch per
 * hearing, keyed `${caseId}:${hearingId}`, judged on the scheduling that holds.
 *
 * The deadline is the later of "`noticeDays` before" and "`shortNoticeWithinMinutes` after the
 * scheduling", never after the hearing itself, counted from when the court says it set the hearing
 * (or, when it did not say, from when its record reached the court service: later, so generous to
 * the court). The court's notice of the hearing or the prison's notice of a legal date, dated when
 * it was given, meets it, even when given before the hearing's record was entered. The court that
 * holds the case must act, not the courtroom. Not modelled: a hearing cancelled, or a case closed
 * before it.
 */
export function raiseAlertWhenFamilyNotNotifiedOfHearing(policy: HearingNotNotifiedPolicy, words: RuleWords): Rule {
  const benchmark = isBenchmark(policy) ? ', a benchmark, not a legal deadline' : '';

  function watchOf(view: FamilyView, c: CaseView, h: HearingView): Watch {
    const { hearingAt, kind } = h.scheduling.data;
    const fullNotice = addMinutes(hearingAt, -policy.noticeDays * 24 * 60);
    const grace = addMinutes(h.scheduledAt, policy.shortNoticeWithinMinutes);
    const later = isBefore(fullNotice, grace) ? grace : fullNotice;
    const dueAt = isBefore(hearingAt, later) ? hearingAt : later;
    const set = h.scheduledAtStated
      ? `the court set it on ${words.instant(h.scheduledAt)}`
      : `the court’s record of it arrived on ${words.instant(h.scheduledAt)}, without saying when the court set it`;
    const owed =
      dueAt === fullNotice
        ? `${words.count(policy.noticeDays, 'day', 'days')} before it${benchmark}`
        : dueAt === grace
          ? `within ${words.duration(policy.shortNoticeWithinMinutes)} of the scheduling, as it was set less than ${words.count(policy.noticeDays, 'day', 'days')} ahead${benchmark}; ${set}`
          : `before it, as it was set for less than ${words.duration(policy.shortNoticeWithinMinutes)} later; ${set}`;
    const family = `${words.parent(view.parent.sex).possessive} family`;
    return {
      subjectKey: `${c.caseId}:${h.hearingId}`,
      dueAt,
      setBy: h.scheduling.evidence,
      met: earliest(...h.notices),
      moot: null,
      alert: {
        ...beforeTheCourt(view, c, h.scheduledAt),
        summary: `No record shows ${family} was told of the ${kind} hearing on ${words.instant(hearingAt)} in case ${c.reference} by ${words.instant(dueAt)} (${owed}). The court must tell them.`,
        triggeringEventIds: [h.scheduling.evidence.eventId],
      },
    };
  }

  return {
    ruleId: HEARING_NOT_NOTIFIED,
    whenNothingOwed: 'no hearing is scheduled',
    judge: (view: FamilyView) => ({ findings: [], watches: view.cases.flatMap((c) => c.hearings.map((h) => watchOf(view, c, h))) }),
  };
}
