import type { ArrestView } from '../../reconciled/arrests';
import { custodyById, type CustodyView } from '../../reconciled/custodies';
import { earliest, firstFrom, isBefore, type Evidence } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import { benchmarkNote, heldInPrison } from '../custody-alert';
import type { WithinHoursPolicy } from '../prison-policy';
import type { Rule, Watch } from '../rule';
import type { RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const TRANSFER_NOT_NOTIFIED = 'transfer-not-notified';

/**
 * Nelson Mandela Rule 68: her family is told when she is moved. Every move gets a watch
 * `withinHours` after it, met by the first record that her family knew: the prison's notice of a
 * transfer (given after her previous move, so one given ahead of the move counts), or her own
 * contact with them from where she was taken (a visit or call there; for a move from the police,
 * the police's record of her reaching her family after it). Her release ends the duty.
 * - a move between prisons: the prison she was moved to must act;
 * - the police taking her to prison: the arresting unit must act, and the receiving prison's
 *   notice or her first call from it meets it.
 */
export function raiseAlertWhenTransferNotNotifiedWithin(policy: WithinHoursPolicy, words: RuleWords): Rule {
  return {
    ruleId: TRANSFER_NOT_NOTIFIED,
    whenNothingOwed: 'she has not been moved',
    judge: (view: FamilyView) => ({
      findings: [],
      watches: [
        ...view.custodies.flatMap((custody) => betweenPrisons(view, custody, policy, words)),
        ...view.arrests.flatMap((arrest) => fromThePolice(view, arrest, policy, words)),
      ],
    }),
  };
}

/** The prison's notices of a transfer from `from` on, and her visits and calls there from `movedAt` on. */
function familyKnew(custody: CustodyView, from: string, movedAt: string): Evidence | null {
  return earliest(
    firstFrom(
      custody.notices.filter((n) => n.data.about === 'transfer').map((n) => n.evidence),
      from,
    ),
    firstFrom(
      [...custody.visits, ...custody.calls].map((c) => ({ ...c.evidence, says: `${c.evidence.says}, from where she was taken` })),
      movedAt,
    ),
  );
}

function betweenPrisons(view: FamilyView, custody: CustodyView, policy: WithinHoursPolicy, words: RuleWords): Watch[] {
  const parent = words.parent(view.parent.sex);
  return custody.transfers.map((move, i): Watch => {
    const movedAt = move.evidence.at;
    const previous = i === 0 ? custody.admission.evidence.at : custody.transfers[i - 1].evidence.at;
    const dueAt = addMinutes(movedAt, policy.withinHours * 60);
    return {
      subjectKey: `${custody.custodyId}:${movedAt}`,
      dueAt,
      setBy: move.evidence,
      met: familyKnew(custody, previous, movedAt),
      moot: custody.released?.evidence ?? null,
      alert: {
        ...heldInPrison(view, custody, movedAt),
        childIds: [],
        summary:
          `No record that the family of ${parent.person} moved from prison ${move.data.fromFacilityId} to prison ${move.data.toFacilityId} on ${words.instant(movedAt)} ` +
          `was told of the move within ${words.duration(policy.withinHours * 60)}${benchmarkNote(policy)}.`,
        triggeringEventIds: [move.evidence.eventId],
      },
    };
  });
}

function fromThePolice(view: FamilyView, arrest: ArrestView, policy: WithinHoursPolicy, words: RuleWords): Watch[] {
  const parent = words.parent(view.parent.sex);
  const custodies = arrest.custodyIds.map((id) => custodyById(view.custodies, id)).filter((c): c is CustodyView => c !== null);
  return arrest.transfersToPrison.map((move): Watch => {
    const movedAt = move.evidence.at;
    const custody =
      custodies.find((c) => c.admission.data.orderReference === move.detentionOrderReference) ??
      custodies.find((c) => !isBefore(c.admission.evidence.at, movedAt)) ??
      null;
    const reached = firstFrom(
      arrest.familyContacts.filter((c) => c.eventType === 'FamilyContactGiven'),
      movedAt,
    );
    const dueAt = addMinutes(movedAt, policy.withinHours * 60);
    const from = arrest.policeCustody ? ` from police custody at ${arrest.policeCustody.facility}` : '';
    return {
      subjectKey: `${arrest.arrestId}:to-prison:${movedAt}`,
      dueAt,
      setBy: move.evidence,
      met: earliest(reached, custody && familyKnew(custody, movedAt, movedAt)),
      moot: custody?.released?.evidence ?? null,
      alert: {
        responsible: { agency: 'police', unitId: arrest.unitId },
        childIds: [],
        arrestId: arrest.arrestId,
        province: arrest.province,
        summary:
          `No record that the family of ${parent.person} the police took${from} to prison ${move.prisonFacility} on ${words.instant(movedAt)} ` +
          `was told of the move within ${words.duration(policy.withinHours * 60)}${benchmarkNote(policy)}.`,
        triggeringEventIds: [move.evidence.eventId],
      },
    };
  });
}
