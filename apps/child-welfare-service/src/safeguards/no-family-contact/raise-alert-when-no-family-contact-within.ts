import type { ArrestWatch } from '../arrest-watch';
import type { NoFamilyContactPolicy } from '../policy';
import { addMinutes, minutesBetween, type AlertDraft, type SafeguardOutcome } from '../safeguard-outcome';

export const NO_FAMILY_CONTACT = 'no-family-contact';

type InCustody = ArrestWatch & { arrest: NonNullable<ArrestWatch['arrest']>; custody: NonNullable<ArrestWatch['custody']> };

/**
 * Mothers in the report were held without being able to reach their children or whoever was
 * looking after them. Once she is in police custody she must have had that contact within
 * `withinMinutes`; a miss raises an alert at the deadline and the late contact resolves it.
 */
export function raiseAlertWhenNoFamilyContactWithin(policy: NoFamilyContactPolicy) {
  const ruleId = NO_FAMILY_CONTACT;
  const dueAt = (watch: InCustody) => addMinutes(watch.custody.data.custodyAt, policy.withinMinutes);
  const firstContact = (watch: ArrestWatch) =>
    [...watch.familyContacts].sort((a, b) => Date.parse(a.data.contactedAt) - Date.parse(b.data.contactedAt))[0];

  function alert(watch: InCustody): AlertDraft {
    const a = watch.arrest.data;
    return {
      ruleId,
      subjectKey: watch.arrestId,
      severity: policy.severity,
      personId: a.person.personId,
      arrestId: watch.arrestId,
      childIds: watch.screening?.data.children.map((c) => c.childId) ?? [],
      responsibleAgency: policy.responsibleAgency,
      responsibleUnitId: a.arrestingUnit.unitId,
      province: a.province,
      legalBasis: policy.legalBasis,
      summary: `No record that the person held by ${a.arrestingUnit.unitId} since ${watch.custody.data.custodyAt} could reach her children or their caregiver within ${policy.withinMinutes} min.`,
      dueAt: dueAt(watch),
      triggeringEventIds: [watch.custody.eventId],
    };
  }

  function inCustody(watch: ArrestWatch): watch is InCustody {
    return watch.arrest !== null && watch.custody !== null;
  }

  return {
    ruleId,

    evaluate(watch: ArrestWatch): SafeguardOutcome[] {
      if (!inCustody(watch)) return [{ kind: 'nothing', ruleId, reason: 'she is not known to be in police custody' }];
      const due = dueAt(watch);
      const contact = firstContact(watch);
      if (!contact) return [{ kind: 'schedule-deadline', ruleId, subjectKey: watch.arrestId, dueAt: due }];
      const late = Math.max(0, minutesBetween(due, contact.data.contactedAt));
      const reason = late === 0 ? `contact ${minutesBetween(watch.custody.data.custodyAt, contact.data.contactedAt)} min after custody, in time` : `contact came ${late} min after the deadline`;
      return [
        { kind: 'cancel-deadline', ruleId, subjectKey: watch.arrestId, reason },
        ...(late > 0 ? [{ kind: 'raise-alert', alert: alert(watch) } as const] : []),
        // With no lateness this only clears an alert the sweeper raised before the record arrived.
        { kind: 'resolve-alert', ruleId, subjectKey: watch.arrestId, resolvedAt: contact.data.contactedAt, lateByMinutes: late, reason, resolvingEventIds: [contact.eventId] },
      ];
    },

    onDeadline(watch: ArrestWatch, now: Date): SafeguardOutcome[] {
      if (!inCustody(watch)) return [{ kind: 'nothing', ruleId, reason: 'she is not known to be in police custody' }];
      const contact = firstContact(watch);
      if (contact) return [{ kind: 'nothing', ruleId, reason: `contact at ${contact.data.contactedAt}` }];
      if (now.getTime() < Date.parse(dueAt(watch))) return [{ kind: 'nothing', ruleId, reason: `not due until ${dueAt(watch)}` }];
      return [{ kind: 'raise-alert', alert: alert(watch) }];
    },
  };
}
