import { factsOf, type PersonFile } from '../../person-file/person-file';
import { addHours, childrenInPrison, custodiesOf, custodyAlert, deadlineSafeguard, ofCustody, type Custody, type Watch } from '../prison-facts';
import type { WithinHoursPolicy } from '../prison-policy';
import { minutesBetween, type SafeguardOutcome } from '../safeguard-outcome';

export const CHILDREN_NOT_RECORDED_AT_ADMISSION = 'children-not-recorded-at-admission';

/**
 * Bangkok Rule 3: her children recorded on admission. Two checks per custody:
 * - a deadline (`${custodyId}`) `withinHours` after admission for any answer to the question
 *   (children, no children, or declined — she is never forced to answer); release before it is due
 *   makes it moot;
 * - at once (`${custodyId}:count`), the latest admission record naming fewer children than the
 *   police screening of the arrest behind the custody. "Declined to say" explains a lower count.
 *   Children living in prison with her count as recorded. A later record with the full count
 *   resolves it. The court publishes no count of children, so only the police count is compared.
 */
export function raiseAlertWhenChildrenNotRecordedAtAdmission(policy: WithinHoursPolicy) {
  const ruleId = CHILDREN_NOT_RECORDED_AT_ADMISSION;

  function watchOf(file: PersonFile, custody: Custody): Watch {
    const { admittedAt, custodyId } = custody.admission.data;
    const dueAt = addHours(admittedAt, policy.withinHours);
    const record = ofCustody(file, 'ChildrenRecordedAtAdmission', custodyId)[0];
    return {
      subjectKey: custodyId,
      dueAt,
      met: record ? { at: record.data.recordedAt, eventId: record.eventId, says: `children recorded (${record.data.answer})` } : null,
      moot: custody.release ? { at: custody.release.data.releasedAt, eventId: custody.release.eventId, says: 'released' } : null,
      alert: custodyAlert(ruleId, policy, custody, dueAt, {
        subjectKey: custodyId,
        childIds: [],
        summary: `No record that prison ${custody.admission.data.facilityId} asked about her children within ${policy.withinHours} h of her admission at ${admittedAt}.`,
        dueAt,
        triggeringEventIds: [custody.admission.eventId],
      }),
    };
  }

  function countCheck(file: PersonFile, custody: Custody): SafeguardOutcome[] {
    const police = factsOf(file, 'DependantsScreeningRecorded').filter((s) => !custody.arrest || s.data.arrestId === custody.arrest.data.arrestId);
    const policeCount = Math.max(0, ...police.map((s) => (s.data.answer === 'has-dependants' ? (s.data.numberOfChildren ?? s.data.children.length) : 0)));
    const inPrison = childrenInPrison(file, custody.custodyId).map((c) => c.childId);
    const short = ofCustody(file, 'ChildrenRecordedAtAdmission', custody.custodyId).map((r) => {
      const named = new Set([...r.data.children.map((c) => c.childId), ...inPrison]).size;
      const count = Math.max(r.data.numberOfChildren ?? 0, named);
      return { record: r, count, short: r.data.answer !== 'declined-to-say' && count < policeCount };
    });
    const firstShort = short.find((s) => s.short);
    if (!firstShort) return [];
    const subjectKey = `${custody.custodyId}:count`;
    const at = firstShort.record.data.recordedAt;
    const raise: SafeguardOutcome = {
      kind: 'raise-alert',
      alert: custodyAlert(ruleId, policy, custody, at, {
        subjectKey,
        childIds: [],
        summary: `Prison ${custody.admission.data.facilityId} recorded ${firstShort.count} child(ren) at admission on ${at}, fewer than the ${policeCount} the police recorded, with no explanation.`,
        dueAt: at,
        triggeringEventIds: [firstShort.record.eventId, ...police.map((s) => s.eventId)],
      }),
    };
    const latest = short[short.length - 1];
    if (latest.short) return [raise];
    const corrected = latest.record.data.recordedAt;
    return [
      raise,
      { kind: 'resolve-alert', ruleId, subjectKey, resolvedAt: corrected, lateByMinutes: minutesBetween(at, corrected), reason: `children recorded again at ${corrected}: ${latest.count}`, resolvingEventIds: [latest.record.eventId] },
    ];
  }

  return deadlineSafeguard(
    ruleId,
    (file) => custodiesOf(file).map((c) => watchOf(file, c)),
    'she has not been admitted to prison',
    (file) => custodiesOf(file).flatMap((c) => countCheck(file, c)),
  );
}
