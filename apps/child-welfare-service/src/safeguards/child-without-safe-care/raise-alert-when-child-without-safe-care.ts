import { livesInPrisonWithParentAt, type ChildView, type Placement } from '../../reconciled/children';
import { isBefore } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { RulePolicy } from '../rule-policy';
import type { Finding, Rule } from '../rule';
import type { RuleWords } from '../rule-words';

export const CHILD_WITHOUT_SAFE_CARE = 'child-without-safe-care';

/**
 * Children were left alone or with other children when their mothers were taken (LICADHO 2015).
 * Any agency's record of a known child alone, only with other children, with a carer under 18, or
 * whose whereabouts nobody knows raises a critical alert at once, against the agency that
 * recorded it (the police at the arrest, the prison once she is held). The next record, by any
 * agency, that places the child with an adult or living in prison with the parent resolves it,
 * saying how long the child waited. A child kept with the parent at the police station is with
 * the parent, not alone: whether that was arranged is rule 3's question. One alert per spell
 * without care, keyed by the record that showed it.
 */
export function raiseAlertWhenChildWithoutSafeCare(_policy: RulePolicy, words: RuleWords): Rule {
  return {
    ruleId: CHILD_WITHOUT_SAFE_CARE,
    whenNothingOwed: 'no record shows a child without safe care',
    judge: (view: FamilyView) => ({ watches: [], findings: view.children.flatMap((child) => spellsWithoutCare(view, child, words)) }),
  };
}

const CARE: ReadonlySet<string> = new Set(['cared-for', 'in-prison-with-parent', 'with-parent-in-police-custody']);

function spellsWithoutCare(view: FamilyView, child: ChildView, words: RuleWords): Finding[] {
  const findings: Finding[] = [];
  let open: Placement | null = null;
  for (const placement of child.placements) {
    // Once she lives in prison with her parent, rules 17–18 apply to her, not this one.
    if (placement.care.kind === 'unsafe' && !livesInPrisonWithParentAt(child, placement.since)) {
      // A second record of no care (alone, then nobody knows where) continues the same spell.
      open ??= placement;
      continue;
    }
    if (open && CARE.has(placement.care.kind)) {
      findings.push(finding(view, child, open, placement, words));
      open = null;
    }
  }
  if (open) findings.push(finding(view, child, open, null, words));
  return findings;
}

function finding(view: FamilyView, child: ChildView, unsafe: Placement, cared: Placement | null, words: RuleWords): Finding {
  const reason = unsafe.care.kind === 'unsafe' ? unsafe.care.reason : '';
  const arrest = [...view.arrests].reverse().find((a) => !isBefore(unsafe.since, a.arrestedAt)) ?? null;
  const parent = words.parent(view.parent.sex);
  const recordedBy = unsafe.evidence.agency;
  return {
    subjectKey: `${unsafe.evidence.eventId}:${unsafe.ref ?? child.childKey}`,
    shownBy: { ...unsafe.evidence, says: reason },
    cured: cared && {
      ...cared.evidence,
      says: `the ${cared.evidence.agency} recorded the child ${cared.care.kind === 'in-prison-with-parent' ? 'living in prison with the parent' : 'with an adult caring for the child'}`,
    },
    alert: {
      responsible: { agency: recordedBy, unitId: unsafe.evidence.unitId },
      childIds: child.refs,
      arrestId: arrest?.arrestId ?? null,
      province: arrest?.province ?? view.parent.province,
      summary: `A child of ${parent.noun} has no safe care: ${reason}, as the ${recordedBy} recorded on ${words.instant(unsafe.since)}. Someone must find the child and place the child with an adult now.`,
      triggeringEventIds: [unsafe.evidence.eventId],
    },
  };
}
