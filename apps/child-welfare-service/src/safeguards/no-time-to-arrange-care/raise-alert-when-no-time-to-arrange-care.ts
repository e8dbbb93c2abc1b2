import type { ChildCustodyStatus } from '@safeguard/contracts';
import { factsOf, type FactOf, type PersonFile } from '../../person-file/person-file';
import { unsafeCareReason } from '../child-without-safe-care/raise-alert-when-child-without-safe-care';
import { caseContextOf, courtOf, isBefore, isParentOfDependantsAt, laterOf } from '../court-facts';
import { caseAlertDraft, raisedAtOnce, type Met } from '../court-outcomes';
import type { PersonSafeguard } from '../person-safeguard';
import type { RulePolicy } from '../rule-policy';
import type { SafeguardOutcome } from '../safeguard-outcome';

export const NO_TIME_TO_ARRANGE_CARE = 'no-time-to-arrange-care';

const SAFE_AT_ADMISSION: ReadonlySet<ChildCustodyStatus> = new Set(['with-other-parent', 'with-relative', 'state-care', 'ngo']);

/**
 * A mother sent to prison at once must have had the chance to arrange her children's care
 * (Bangkok Rule 2(2); LICADHO 2015: "allow the mother time ... between sentencing and beginning
 * her imprisonment"). A prison term starting at once (no deferred start) for a parent of dependent
 * children raises an alert at once against the sentencing court when a child's care is not
 * confirmed. Keyed `${caseId}:${imposedAt}`.
 *
 * A recorded child's care is confirmed by a care arrangement made for it by the sentence, by
 * living with her in prison, or by its latest record by then (police screening or prison
 * admission) showing it with an adult caregiver in a known place. When she is a parent but no
 * child was ever recorded by id (she declined details) and no arrangement exists, her children
 * count as unconfirmed, unnamed. Care arrangements made later for every unconfirmed child resolve
 * the alert, noting how long after the sentence the last came.
 */
export function raiseAlertWhenNoTimeToArrangeCare(policy: RulePolicy): PersonSafeguard {
  const ruleId = NO_TIME_TO_ARRANGE_CARE;

  /** Whether the latest record of the child by `at` shows it safely cared for. */
  function safeOnRecord(file: PersonFile, childId: string, at: string): boolean {
    const byThen = <T extends { occurredAt: string }>(f: T) => !isBefore(at, f.occurredAt);
    const records = [
      ...factsOf(file, 'DependantsScreeningRecorded').filter(byThen).flatMap((s) => s.data.children.filter((c) => c.childId === childId).map((c) => ({ at: s.occurredAt, safe: unsafeCareReason(c) === null }))),
      ...factsOf(file, 'ChildrenRecordedAtAdmission').filter(byThen).flatMap((r) => r.data.children.filter((c) => c.childId === childId).map((c) => ({ at: r.occurredAt, safe: SAFE_AT_ADMISSION.has(c.custodyStatus) }))),
    ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return records[records.length - 1]?.safe ?? false;
  }

  function unconfirmedChildren(file: PersonFile, at: string): string[] | 'unrecorded' {
    const arranged = new Set(factsOf(file, 'CareArrangementMade').filter((c) => !isBefore(at, c.occurredAt)).map((c) => c.data.childId));
    const withHer = new Set(factsOf(file, 'ChildAdmittedWithParent').map((c) => c.data.childId));
    const recorded = [
      ...new Set([...factsOf(file, 'DependantsScreeningRecorded'), ...factsOf(file, 'ChildrenRecordedAtAdmission')].flatMap((r) => r.data.children.map((c) => c.childId))),
    ];
    if (recorded.length === 0 && withHer.size === 0) return factsOf(file, 'CareArrangementMade').length === 0 ? 'unrecorded' : [];
    return recorded.filter((id) => !arranged.has(id) && !withHer.has(id) && !safeOnRecord(file, id, at));
  }

  function arrangedLater(file: PersonFile, childIds: readonly string[], after: string): Met | null {
    const later = factsOf(file, 'CareArrangementMade').filter((c) => isBefore(after, c.occurredAt));
    const firstFor = childIds.length === 0 ? later.slice(0, 1) : childIds.map((id) => later.find((c) => c.data.childId === id));
    if (firstFor.length === 0 || firstFor.some((c) => !c)) return null;
    const found = firstFor as FactOf<'CareArrangementMade'>[];
    return { at: found.map((c) => c.occurredAt).reduce(laterOf), eventIds: found.map((c) => c.eventId), what: "care was arranged for her children" };
  }

  function decide(file: PersonFile, s: FactOf<'SentenceImposed'>): SafeguardOutcome[] {
    const { caseId, imposedAt, custodialMonths, suspendedMonths, startDeferredUntil } = s.data;
    if (custodialMonths <= suspendedMonths) return [{ kind: 'nothing', ruleId, reason: `the sentence of ${imposedAt} is not a prison term` }];
    if (startDeferredUntil !== null) return [{ kind: 'nothing', ruleId, reason: `the start was deferred until ${startDeferredUntil}` }];
    if (!isParentOfDependantsAt(file, imposedAt)) return [{ kind: 'nothing', ruleId, reason: 'no record shows she has dependent children' }];
    const unconfirmed = unconfirmedChildren(file, imposedAt);
    if (unconfirmed.length === 0) return [{ kind: 'nothing', ruleId, reason: "every recorded child's care was confirmed by the sentence" }];
    const childIds = unconfirmed === 'unrecorded' ? [] : unconfirmed;
    const whose = unconfirmed === 'unrecorded' ? 'her children (not recorded by name)' : `${childIds.length} of her children`;
    const draft = caseAlertDraft(file, caseId, policy, {
      ruleId,
      subjectKey: `${caseId}:${imposedAt}`,
      responsibleUnitId: courtOf(file, caseId, imposedAt),
      childIds,
      summary: `A prison term starting at once was imposed at ${imposedAt} in case ${caseContextOf(file, caseId).caseReference ?? caseId} on a parent of dependent children, with no confirmed care for ${whose} and no time given to arrange it.`,
      dueAt: imposedAt,
      triggeringEventIds: [s.eventId],
    });
    return raisedAtOnce(draft, arrangedLater(file, childIds, imposedAt));
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
