import { factsOf, type PersonFile } from '../../person-file/person-file';
import { addHours, custodiesOf, custodyAlert, deadlineSafeguard, firstMark, ofCustody, type Custody, type Mark, type Watch } from '../prison-facts';
import type { ConsularContactPolicy } from '../prison-policy';
import type { AlertDraft } from '../safeguard-outcome';

export const NO_CONSULAR_CONTACT = 'no-consular-contact';

/**
 * Vienna Convention on Consular Relations art. 36: a foreign national in custody is told without
 * delay of the right to contact her consulate. She is foreign when the police (ArrestMade) or the
 * prison (PersonAdmitted) record a nationality other than the policy's. One deadline per stay in
 * custody, `withinHours` after it began: `${arrestId}` when it began in police custody (and
 * continues into the prison that admitted her on that arrest's detention order), `${custodyId}`
 * when the prison is the first to hold her. Met by a ConsularContactRecorded of any kind (declining
 * means it was offered). Release before the deadline makes it moot. Whoever holds her when it
 * falls due answers for it: the police unit, or the prison facility. Only the prison publishes
 * consular contact, so a police offer cannot be recorded yet: a gap in the arrest contract.
 */
export function raiseAlertWhenNoConsularContactWithin(policy: ConsularContactPolicy) {
  const ruleId = NO_CONSULAR_CONTACT;

  function contactIn(file: PersonFile, custody: Custody | undefined, from: string): Mark | null {
    const c = custody && ofCustody(file, 'ConsularContactRecorded', custody.custodyId).find((r) => Date.parse(r.data.recordedAt) >= Date.parse(from));
    return c ? { at: c.data.recordedAt, eventId: c.eventId, says: `consular contact ${c.data.kind}` } : null;
  }

  function released(custody: Custody | undefined): Mark | null {
    const r = custody?.release;
    return r ? { at: r.data.releasedAt, eventId: r.eventId, says: 'released' } : null;
  }

  function fromPolice(file: PersonFile): Watch[] {
    return factsOf(file, 'TakenIntoPoliceCustody').flatMap((held): Watch[] => {
      const { arrestId, custodyAt } = held.data;
      const arrest = factsOf(file, 'ArrestMade').find((a) => a.data.arrestId === arrestId);
      const custody = custodiesOf(file).find((c) => c.arrest?.data.arrestId === arrestId);
      const nationalities = [arrest?.data.person.nationality, custody?.admission.data.nationality].filter((n): n is string => !!n);
      if (!arrest || !nationalities.some((n) => n !== policy.nationality)) return [];
      const dueAt = addHours(custodyAt, policy.withinHours);
      const policeRelease = [...factsOf(file, 'ReleasedWithoutCharge'), ...factsOf(file, 'ReleasedOnPoliceBail')].find((r) => r.data.arrestId === arrestId);
      const inPrisonByDue = custody && Date.parse(custody.admission.data.admittedAt) <= Date.parse(dueAt);
      const summary = `No record that she, a foreign national (${nationalities.join('/')}), was offered consular contact within ${policy.withinHours} h of police custody at ${custodyAt}.`;
      const alert: AlertDraft = inPrisonByDue
        ? custodyAlert(ruleId, policy, custody, dueAt, { subjectKey: arrestId, childIds: [], summary, dueAt, triggeringEventIds: [held.eventId, custody.admission.eventId] })
        : {
            ruleId,
            subjectKey: arrestId,
            severity: policy.severity,
            personId: file.personId,
            arrestId,
            childIds: [],
            responsibleAgency: 'police',
            responsibleUnitId: arrest.data.arrestingUnit.unitId,
            province: arrest.data.province,
            legalBasis: policy.legalBasis,
            summary,
            dueAt,
            triggeringEventIds: [held.eventId],
          };
      return [
        {
          subjectKey: arrestId,
          dueAt,
          met: contactIn(file, custody, custodyAt),
          moot: firstMark(policeRelease && { at: policeRelease.data.releasedAt, eventId: policeRelease.eventId, says: 'released by the police' }, released(custody)),
          alert,
        },
      ];
    });
  }

  function fromPrison(file: PersonFile): Watch[] {
    const policeHeld = new Set(factsOf(file, 'TakenIntoPoliceCustody').map((h) => h.data.arrestId));
    return custodiesOf(file)
      .filter((c) => !(c.arrest && policeHeld.has(c.arrest.data.arrestId)))
      .filter((c) => c.admission.data.nationality !== policy.nationality || (c.arrest && c.arrest.data.person.nationality !== policy.nationality))
      .map((custody): Watch => {
        const { custodyId, admittedAt, nationality } = custody.admission.data;
        const dueAt = addHours(admittedAt, policy.withinHours);
        return {
          subjectKey: custodyId,
          dueAt,
          met: contactIn(file, custody, admittedAt),
          moot: released(custody),
          alert: custodyAlert(ruleId, policy, custody, dueAt, {
            subjectKey: custodyId,
            childIds: [],
            summary: `No record that she, a foreign national (${nationality}), was offered consular contact within ${policy.withinHours} h of her admission at ${admittedAt}.`,
            dueAt,
            triggeringEventIds: [custody.admission.eventId],
          }),
        };
      });
  }

  return deadlineSafeguard(ruleId, (file) => [...fromPolice(file), ...fromPrison(file)], 'no foreign national in custody');
}
