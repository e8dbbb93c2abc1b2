import { factsOf, type FactOf, type PersonFile } from '../../person-file/person-file';
import type { HearingNotNotifiedPolicy } from '../court-policy';
import { caseContextOf, isBefore, laterOf } from '../court-facts';
import { caseAlertDraft, deadlineOutcomes, metBy, onDeadlineOutcomes, type Met } from '../court-outcomes';
import type { PersonSafeguard } from '../person-safeguard';
import { addMinutes, type AlertDraft, type SafeguardOutcome } from '../safeguard-outcome';

export const HEARING_NOT_NOTIFIED = 'hearing-not-notified';

/**
 * Families often learnt of no hearing, so children never understood what happened to their
 * mother (LICADHO 2015). The family must be told of each hearing `noticeDays` before it; a
 * hearing set closer than that, within `shortNoticeWithinMinutes` of its scheduling. Deadline rule
 * per hearing, keyed `${caseId}:${hearingId}`.
 *
 * The deadline is the later of "`noticeDays` before" and "`shortNoticeWithinMinutes` after the
 * scheduling", never after the hearing itself: a clerk who learns of a hearing 7 days and an hour
 * ahead gets the same day's grace as one who learns 6 days ahead. A rescheduled hearing (the same
 * hearing id scheduled again) is judged on its latest scheduling, and only a notice given since
 * then counts: the family must know the date that holds. Responsible: the court holding it,
 * named by the hearing's place. Not modelled: a hearing cancelled, or a case closed before it.
 */
export function raiseAlertWhenFamilyNotNotifiedOfHearing(policy: HearingNotNotifiedPolicy): PersonSafeguard {
  const ruleId = HEARING_NOT_NOTIFIED;
  const keyOf = (h: FactOf<'HearingScheduled'>) => `${h.data.caseId}:${h.data.hearingId}`;

  function dueOf(h: FactOf<'HearingScheduled'>): string {
    const fullNotice = addMinutes(h.data.hearingAt, -policy.noticeDays * 24 * 60);
    const grace = addMinutes(h.data.scheduledAt, policy.shortNoticeWithinMinutes);
    const due = laterOf(fullNotice, grace);
    return isBefore(h.data.hearingAt, due) ? h.data.hearingAt : due;
  }

  /** The latest scheduling of each hearing. */
  function hearingsOf(file: PersonFile): FactOf<'HearingScheduled'>[] {
    const latest = new Map<string, FactOf<'HearingScheduled'>>();
    for (const h of factsOf(file, 'HearingScheduled')) latest.set(keyOf(h), h);
    return [...latest.values()];
  }

  function notifiedAt(file: PersonFile, h: FactOf<'HearingScheduled'>): Met | null {
    const notice = factsOf(file, 'FamilyNotifiedOfHearing').find((n) => n.data.hearingId === h.data.hearingId && !isBefore(n.data.notifiedAt, h.data.scheduledAt));
    return notice ? metBy(notice, `the family was told (${notice.data.method})`) : null;
  }

  function draft(file: PersonFile, h: FactOf<'HearingScheduled'>): AlertDraft {
    const ref = caseContextOf(file, h.data.caseId).caseReference ?? h.data.caseId;
    const due = dueOf(h);
    return caseAlertDraft(file, h.data.caseId, policy, {
      ruleId,
      subjectKey: keyOf(h),
      responsibleUnitId: h.data.place,
      summary: `No record that her family was told of the ${h.data.kind} hearing of ${h.data.hearingAt} in case ${ref} (scheduled ${h.data.scheduledAt}) by ${due}, as the court should have done.`,
      dueAt: due,
      triggeringEventIds: [h.eventId],
    });
  }

  return {
    ruleId,

    evaluate(file: PersonFile): SafeguardOutcome[] {
      const hearings = hearingsOf(file);
      if (hearings.length === 0) return [{ kind: 'nothing', ruleId, reason: 'no hearing is scheduled' }];
      return hearings.flatMap((h) => deadlineOutcomes(ruleId, keyOf(h), dueOf(h), notifiedAt(file, h), () => draft(file, h)));
    },

    onDeadline(file: PersonFile, subjectKey: string, now: Date): SafeguardOutcome[] {
      const h = hearingsOf(file).find((x) => keyOf(x) === subjectKey);
      if (!h) return [{ kind: 'nothing', ruleId, reason: `hearing ${subjectKey} is not in the file` }];
      return onDeadlineOutcomes(ruleId, dueOf(h), now, notifiedAt(file, h), () => draft(file, h));
    },
  };
}
