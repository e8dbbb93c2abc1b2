import type { CaregiverRelation, ChildCustodyStatus, ChildRecord } from '@safeguard/contracts';
import { factsOf, type FactOf, type PersonFile } from '../../person-file/person-file';
import type { PersonSafeguard } from '../person-safeguard';
import { childrenInPrison, custodiesOf, custodyAlert, facilityAt, ofCustody, type Custody } from '../prison-facts';
import type { RulePolicy } from '../rule-policy';
import { minutesBetween, type AlertDraft, type SafeguardOutcome } from '../safeguard-outcome';

export const CARE_CHANGED_WITHOUT_PARENT = 'care-changed-without-parent';

/**
 * LICADHO 2015 and Bangkok Rule 52: a mother has a say when her child's caregiver or home changes.
 * The only record that she was consulted is a CareArrangementMade she chose (`chosenByParent`);
 * a reason or a recipient written on a record is not her consent. Raised at once, dated at the change:
 * - an arrangement not chosen by her (`${arrestId}:${childId}:${arrangedAt}`);
 * - a child leaving prison (`${custodyId}:${childId}:left`) with no arrangement she chose for that
 *   child while it lived with her (the prison contract has no consent field yet);
 * - the admission record putting a child somewhere other than the police last recorded
 *   (`${custodyId}:${childId}:admission-record`), compared only where both name a place and both
 *   agencies use the same child id.
 * An arrangement she chooses afterwards for the same child resolves each, noting how late.
 */
export function raiseAlertWhenCareChangedWithoutParent(policy: RulePolicy): PersonSafeguard {
  const ruleId = CARE_CHANGED_WITHOUT_PARENT;

  type Arrangement = FactOf<'CareArrangementMade'>;

  /** `agrees` narrows which of her choices speak to this change: one naming the same kind of home. */
  function raisedUnlessConsulted(file: PersonFile, alert: AlertDraft, childId: string, from: string, changedAt: string, agrees: (c: Arrangement) => boolean = () => true): SafeguardOutcome[] {
    const chosen = factsOf(file, 'CareArrangementMade').filter((c) => c.data.childId === childId && c.data.chosenByParent && agrees(c));
    const before = chosen.find((c) => Date.parse(c.data.arrangedAt) >= Date.parse(from) && Date.parse(c.data.arrangedAt) <= Date.parse(changedAt));
    if (before) return [{ kind: 'nothing', ruleId, reason: `she chose the child's care at ${before.data.arrangedAt}` }];
    const after = chosen.find((c) => Date.parse(c.data.arrangedAt) > Date.parse(changedAt));
    if (!after) return [{ kind: 'raise-alert', alert }];
    const lateByMinutes = minutesBetween(changedAt, after.data.arrangedAt);
    const reason = `she chose the child's care ${lateByMinutes} min after the change`;
    return [{ kind: 'raise-alert', alert }, { kind: 'resolve-alert', ruleId, subjectKey: alert.subjectKey, resolvedAt: after.data.arrangedAt, lateByMinutes, reason, resolvingEventIds: [after.eventId] }];
  }

  function arrangedWithoutHer(file: PersonFile): SafeguardOutcome[] {
    return factsOf(file, 'CareArrangementMade')
      .filter((c) => !c.data.chosenByParent)
      .flatMap((c) => {
        const { arrestId, childId, arrangedAt, caregiver } = c.data;
        const arrest = factsOf(file, 'ArrestMade').find((a) => a.data.arrestId === arrestId);
        const subjectKey = `${arrestId}:${childId}:${arrangedAt}`;
        const alert: AlertDraft = {
          ruleId,
          subjectKey,
          severity: policy.severity,
          personId: file.personId,
          arrestId,
          childIds: [childId],
          responsibleAgency: 'police',
          responsibleUnitId: arrest?.data.arrestingUnit.unitId ?? null,
          province: arrest?.data.province ?? null,
          legalBasis: policy.legalBasis,
          summary: `A child's care was arranged with a ${caregiver.relation} on ${arrangedAt} without the parent choosing it.`,
          dueAt: arrangedAt,
          triggeringEventIds: [c.eventId],
        };
        return raisedUnlessConsulted(file, alert, childId, arrangedAt, arrangedAt);
      });
  }

  function leftPrisonWithoutHer(file: PersonFile, custody: Custody): SafeguardOutcome[] {
    return childrenInPrison(file, custody.custodyId).flatMap((child) => {
      if (!child.left) return [];
      const { leftAt } = child.left.data;
      const alert = custodyAlert(ruleId, policy, custody, leftAt, {
        subjectKey: `${custody.custodyId}:${child.childId}:left`,
        childIds: [child.childId],
        summary: `A child left prison ${facilityAt(custody, leftAt)} on ${leftAt} with no record that the parent was consulted on who would care for the child.`,
        dueAt: leftAt,
        triggeringEventIds: [child.left.eventId],
      });
      return raisedUnlessConsulted(file, alert, child.childId, child.since, leftAt);
    });
  }

  function placedElsewhereAtAdmission(file: PersonFile, custody: Custody): SafeguardOutcome[] {
    const record = ofCustody(file, 'ChildrenRecordedAtAdmission', custody.custodyId)[0];
    if (!record) return [];
    return record.data.children.flatMap((child) => {
      const police = policeStatus(file, child.childId, record.data.recordedAt);
      if (!police || child.custodyStatus === 'unknown' || child.custodyStatus === police.status) return [];
      const { recordedAt } = record.data;
      const alert = custodyAlert(ruleId, policy, custody, recordedAt, {
        subjectKey: `${custody.custodyId}:${child.childId}:admission-record`,
        childIds: [child.childId],
        summary: `At admission on ${recordedAt} a child was recorded as ${child.custodyStatus}, where the police had recorded ${police.status}, with no record that the parent was consulted on the change.`,
        dueAt: recordedAt,
        triggeringEventIds: [record.eventId, police.eventId],
      });
      return raisedUnlessConsulted(file, alert, child.childId, police.at, recordedAt, (c) => byRelation(c.data.caregiver.relation) === child.custodyStatus);
    });
  }

  function evaluate(file: PersonFile): SafeguardOutcome[] {
    const custodies = custodiesOf(file);
    const outcomes = [...arrangedWithoutHer(file), ...custodies.flatMap((c) => [...leftPrisonWithoutHer(file, c), ...placedElsewhereAtAdmission(file, c)])];
    return outcomes.length > 0 ? outcomes : [{ kind: 'nothing', ruleId, reason: 'no change in a child’s care is recorded' }];
  }

  return { ruleId, evaluate };
}

/** Where the police last placed the child before `before`: the latest arrangement, else the screening. */
function policeStatus(file: PersonFile, childId: string, before: string): { status: ChildCustodyStatus; at: string; eventId: string } | null {
  const earlier = <F extends FactOf<'CareArrangementMade' | 'DependantsScreeningRecorded'>>(f: F) => Date.parse(f.occurredAt) <= Date.parse(before);
  const arrangement = factsOf(file, 'CareArrangementMade').filter((c) => c.data.childId === childId && earlier(c)).pop();
  if (arrangement) return { status: byRelation(arrangement.data.caregiver.relation), at: arrangement.data.arrangedAt, eventId: arrangement.eventId };
  const screening = factsOf(file, 'DependantsScreeningRecorded').filter(earlier).pop();
  const child = screening?.data.children.find((c) => c.childId === childId);
  const status = child ? byScreening(child) : null;
  return screening && status ? { status, at: screening.data.askedAt, eventId: screening.eventId } : null;
}

function byRelation(relation: CaregiverRelation): ChildCustodyStatus {
  switch (relation) {
    case 'father':
    case 'mother':
      return 'with-other-parent';
    case 'grandparent':
    case 'other-relative':
      return 'with-relative';
    case 'ngo':
      return 'ngo';
    case 'neighbour':
      return 'other';
    // The prison's statuses have no "with other children only": a child left with a sibling is counted as alone.
    case 'older-sibling':
    case 'nobody':
      return 'alone';
    default: {
      const _exhaustive: never = relation;
      return 'unknown';
    }
  }
}

function byScreening(child: ChildRecord): ChildCustodyStatus | null {
  if (child.caregiver) return byRelation(child.caregiver.relation);
  switch (child.whereabouts) {
    case 'with-relative':
      return 'with-relative';
    case 'with-neighbour':
      return 'other';
    case 'with-ngo':
      return 'ngo';
    case 'alone':
    case 'with-other-children-only':
      return 'alone';
    default:
      return null;
  }
}
