import type { ChildRecord } from '@safeguard/contracts';
import { factsOf, type FactOf, type PersonFile } from '../../person-file/person-file';
import type { ChildNotToldPolicy } from '../arrest-policy';
import { deadlineOutcomes, metBy, onDeadlineOutcomes, type Met } from '../court-outcomes';
import type { PersonSafeguard } from '../person-safeguard';
import { addMinutes, type AlertDraft, type SafeguardOutcome } from '../safeguard-outcome';

export const CHILD_NOT_TOLD = 'child-not-told';

/** One child (or the children seen at the arrest, unnamed) who must be told, by when. */
interface Subject {
  readonly key: string;
  readonly arrest: FactOf<'ArrestMade'>;
  /** One recorded child, or empty for the children present at the arrest that no record tells apart. */
  readonly childIds: readonly string[];
  readonly present: boolean;
  /** How many distinct children must have been told. */
  readonly howMany: number;
}

/**
 * A child present at the arrest must be told what is happening and where the mother is taken;
 * a child who was elsewhere, at a later time (LICADHO 2015). Deadline rule keyed
 * `${arrestId}:${childId}`, or `${arrestId}:children-present` for children seen but not told apart.
 *
 * The arrest records how many children were present, not which: the screening's whereabouts say
 * where a child is afterwards, not where it was. So when at least as many children were present
 * as are recorded, every recorded child is taken as present (`presentWithinMinutes`). When fewer
 * were present than are recorded, each recorded child gets `notPresentWithinMinutes`, and the
 * children present must still be told within `presentWithinMinutes`: that many distinct children
 * told in time, checked as one subject. With no child recorded (she declined details), the
 * children present are that one subject; unrecorded extra children beyond the recorded ones are
 * not chased separately. A child recorded younger than `fromAgeYears` (by age, or by date of birth
 * at the arrest) is not owed an explanation: a baby carried into custody in her mother's arms.
 * A child of unknown age is owed one.
 */
export function raiseAlertWhenChildNotToldWithin(policy: ChildNotToldPolicy): PersonSafeguard {
  const ruleId = CHILD_NOT_TOLD;
  const windowOf = (s: Subject) => (s.present ? policy.presentWithinMinutes : policy.notPresentWithinMinutes);
  const dueOf = (s: Subject) => addMinutes(s.arrest.data.arrestedAt, windowOf(s));

  function subjectsOf(file: PersonFile): Subject[] {
    return factsOf(file, 'ArrestMade').flatMap((arrest) => {
      const arrestId = arrest.data.arrestId;
      const children = new Map<string, ChildRecord>();
      for (const s of factsOf(file, 'DependantsScreeningRecorded')) {
        if (s.data.arrestId === arrestId) for (const c of s.data.children) if (!children.has(c.childId)) children.set(c.childId, c);
      }
      const young = [...children.values()].filter((c) => isYoungerThan(c, policy.fromAgeYears, arrest.data.arrestedAt));
      const recorded = [...children.keys()].filter((id) => !young.some((c) => c.childId === id));
      // The babies among the children present are not owed words they cannot take in either.
      const present = Math.max(0, arrest.data.circumstances.childrenPresent - young.length);
      const allPresent = present > 0 && present >= recorded.length && recorded.length > 0;
      const perChild = recorded.map((childId) => ({ key: `${arrestId}:${childId}`, arrest, childIds: [childId], present: allPresent, howMany: 1 }));
      const seenUnnamed = present > 0 && !allPresent ? [{ key: `${arrestId}:children-present`, arrest, childIds: [], present: true, howMany: present }] : [];
      return [...perChild, ...seenUnnamed];
    });
  }

  /** When the last of the children this subject needs was told, or null while one is not. */
  function toldAt(file: PersonFile, s: Subject): Met | null {
    const firstPerChild = new Map<string, FactOf<'ChildGivenExplanation'>>();
    for (const e of factsOf(file, 'ChildGivenExplanation')) {
      if (e.data.arrestId !== s.arrest.data.arrestId || (s.childIds.length > 0 && !s.childIds.includes(e.data.childId))) continue;
      if (!firstPerChild.has(e.data.childId)) firstPerChild.set(e.data.childId, e);
    }
    const told = [...firstPerChild.values()];
    if (told.length < s.howMany) return null;
    const last = told[s.howMany - 1];
    return { ...metBy(last, s.howMany > 1 ? `${s.howMany} children told` : 'the child was told'), eventIds: told.slice(0, s.howMany).map((e) => e.eventId) };
  }

  function draft(s: Subject): AlertDraft {
    const a = s.arrest.data;
    const who = s.childIds.length > 0 ? `a child ${s.present ? 'present at' : 'not present at'}` : `the ${s.howMany} children present at`;
    return {
      ruleId,
      subjectKey: s.key,
      severity: policy.severity,
      personId: a.person.personId,
      arrestId: a.arrestId,
      childIds: s.childIds,
      responsibleAgency: policy.responsibleAgency,
      responsibleUnitId: a.arrestingUnit.unitId,
      province: a.province,
      legalBasis: policy.legalBasis,
      summary: `No record that ${who} the arrest made at ${a.arrestedAt} by ${a.arrestingUnit.unitId} ${s.howMany > 1 ? 'were' : 'was'} told what was happening and where the parent was taken within ${windowOf(s) / 60} h.`,
      dueAt: dueOf(s),
      triggeringEventIds: [s.arrest.eventId],
    };
  }

  return {
    ruleId,

    evaluate(file: PersonFile): SafeguardOutcome[] {
      const subjects = subjectsOf(file);
      if (subjects.length === 0) return [{ kind: 'nothing', ruleId, reason: 'no child is known: none present at an arrest and none recorded' }];
      return subjects.flatMap((s) => deadlineOutcomes(ruleId, s.key, dueOf(s), toldAt(file, s), () => draft(s)));
    },

    onDeadline(file: PersonFile, subjectKey: string, now: Date): SafeguardOutcome[] {
      const s = subjectsOf(file).find((x) => x.key === subjectKey);
      if (!s) return [{ kind: 'nothing', ruleId, reason: `${subjectKey} is no longer a child to be told` }];
      return onDeadlineOutcomes(ruleId, dueOf(s), now, toldAt(file, s), () => draft(s));
    },
  };
}

function isYoungerThan(child: ChildRecord, years: number, at: string): boolean {
  if (child.ageYears !== null) return child.ageYears < years;
  if (child.dateOfBirth === null) return false;
  const birth = new Date(child.dateOfBirth);
  const cutoff = new Date(Date.UTC(birth.getUTCFullYear() + years, birth.getUTCMonth(), birth.getUTCDate()));
  return Date.parse(at) < cutoff.getTime();
}
