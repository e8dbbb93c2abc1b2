import type { ChildMedicalEvent, ChildView } from '../../reconciled/children';
import { custodyById, type CustodyView } from '../../reconciled/custodies';
import { parentAt } from '../../reconciled/dependants';
import { firstFrom } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import { benchmarkNote, heldInPrison } from '../custody-alert';
import type { WithinHoursPolicy } from '../prison-policy';
import type { Rule, Watch } from '../rule';
import { sentenceCase, type RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const MEDICAL_NOT_NOTIFIED = 'medical-not-notified';

/**
 * Nelson Mandela Rules 68–70: the family is told at once of a prisoner's serious illness or
 * injury, and a prisoner is told at once of the serious illness of a near relative. A watch
 * `withinHours` after each serious medical event:
 * - hers, or that of a child living in prison with her (the prison's medical record): met by the
 *   prison's notice to the family of a medical matter, given at or after it;
 * - a child's outside prison (the prison learning the child fell seriously ill or was taken to
 *   hospital): met by the record that she, the parent, was told of it.
 * Events not marked serious are left to the prison's judgement. Her release before it falls due
 * ends the duty: she can tell them, or learn it, herself. The prison holding her must act.
 */
export function raiseAlertWhenMedicalNotNotifiedWithin(policy: WithinHoursPolicy, words: RuleWords): Rule {
  return {
    ruleId: MEDICAL_NOT_NOTIFIED,
    whenNothingOwed: 'no serious medical event is recorded',
    judge: (view: FamilyView) => ({
      findings: [],
      watches: [
        ...view.custodies.flatMap((custody) => familyToBeTold(view, custody, policy, words)),
        ...view.children.flatMap((child) => child.medical.flatMap((event) => parentToBeTold(view, child, event, policy, words))),
      ],
    }),
  };
}

const KIND_WORDS = { hospitalised: 'was taken to hospital', 'serious-illness': 'fell seriously ill', other: 'had a serious medical event' } as const;

function familyToBeTold(view: FamilyView, custody: CustodyView, policy: WithinHoursPolicy, words: RuleWords): Watch[] {
  const parent = words.parent(view.parent.sex);
  const notices = custody.notices.filter((n) => n.data.about === 'medical').map((n) => n.evidence);
  return custody.medical
    .filter((m) => m.data.serious)
    .map((medical): Watch => {
      const at = medical.evidence.at;
      const childId = medical.data.childId;
      const child = childId === null ? null : (view.children.find((c) => c.refs.includes(childId)) ?? null);
      // "The mother" once any agency knows she has children; "the woman" before anyone does.
      const who =
        medical.data.childId !== null
          ? `A child living in prison with ${parent.noun}`
          : sentenceCase(parentAt(view.dependants, at) ? parent.noun : parent.person);
      return {
        subjectKey: `${custody.custodyId}:${at}:${medical.data.childId ?? 'parent'}`,
        dueAt: addMinutes(at, policy.withinHours * 60),
        setBy: medical.evidence,
        met: firstFrom(notices, at),
        moot: custody.released?.evidence ?? null,
        alert: {
          ...heldInPrison(view, custody, at),
          childIds: child ? child.refs : medical.data.childId === null ? [] : [medical.data.childId],
          summary:
            `${who} ${KIND_WORDS[medical.data.kind]} on ${words.instant(at)}, and no record shows the family was told ` +
            `within ${words.duration(policy.withinHours * 60)}${benchmarkNote(policy)}.`,
          triggeringEventIds: [medical.evidence.eventId],
        },
      };
    });
}

function parentToBeTold(view: FamilyView, child: ChildView, event: ChildMedicalEvent, policy: WithinHoursPolicy, words: RuleWords): Watch[] {
  const custody = custodyById(view.custodies, event.custodyId);
  if (!event.serious || !custody) return [];
  const parent = words.parent(view.parent.sex);
  const at = event.evidence.at;
  return [
    {
      subjectKey: `${custody.custodyId}:${event.medicalEventId}:parent-told`,
      dueAt: addMinutes(at, policy.withinHours * 60),
      setBy: event.evidence,
      met: event.parentTold,
      moot: custody.released?.evidence ?? null,
      alert: {
        ...heldInPrison(view, custody, at),
        childIds: child.refs,
        summary:
          `A child of ${parent.noun} ${KIND_WORDS[event.kind]} outside prison on ${words.instant(at)}, and no record shows ${parent.noun} was told ` +
          `within ${words.duration(policy.withinHours * 60)}${benchmarkNote(policy)}. Tell ${parent.object}, and let ${parent.object} call the child’s caregiver.`,
        triggeringEventIds: [event.evidence.eventId],
      },
    },
  ];
}
