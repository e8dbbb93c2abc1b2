import type { ChildRecord } from '@safeguard/contracts';
import { factsOf, type FactOf, type PersonFile } from '../../person-file/person-file';
import type { ChildDetailsMissingPolicy } from '../arrest-policy';
import { isBefore, laterOf } from '../court-facts';
import { deadlineOutcomes, earliest, metBy, onDeadlineOutcomes, type Met } from '../court-outcomes';
import type { PersonSafeguard } from '../person-safeguard';
import { addMinutes, type AlertDraft, type SafeguardOutcome } from '../safeguard-outcome';

export const CHILD_DETAILS_MISSING = 'child-details-missing';

type Detail = 'age' | 'whereabouts' | 'caregiver contact';
const DETAILS: readonly Detail[] = ['age', 'whereabouts', 'caregiver contact'];

const HAS: Record<Detail, (c: ChildRecord) => boolean> = {
  age: (c) => c.ageYears !== null || c.dateOfBirth !== null,
  whereabouts: (c) => c.whereabouts !== 'unknown',
  'caregiver contact': (c) => c.caregiver?.contact != null,
};

interface Subject {
  readonly key: string;
  readonly childId: string;
  readonly screening: FactOf<'DependantsScreeningRecorded'>;
}

/**
 * The arrest record should hold each child's age, whereabouts and caregiver's contact when the
 * mother agrees (LICADHO 2015). Once she consented at a screening, every child it lists must have
 * all three on the police record within `withinMinutes` of that screening. Deadline rule, one per
 * child: `${arrestId}:${childId}`.
 *
 * What fills a gap: a later consented screening of the same arrest that lists the child with the
 * detail; and a CareArrangementMade for the child, which settles where the child is (with that
 * caregiver) and, when it carries a contact, the caregiver contact — never the age. Prison
 * records do not clear it: the police record is what this rule watches, and the prison's own
 * record of the children is a prison safeguard. A screening without consent is never chased.
 */
export function raiseAlertWhenChildDetailsMissingAfter(policy: ChildDetailsMissingPolicy): PersonSafeguard {
  const ruleId = CHILD_DETAILS_MISSING;

  function subjectsOf(file: PersonFile): Subject[] {
    const byKey = new Map<string, Subject>();
    for (const screening of factsOf(file, 'DependantsScreeningRecorded').filter((s) => s.data.consentToRecordChildDetails)) {
      for (const child of screening.data.children) {
        const key = `${screening.data.arrestId}:${child.childId}`;
        if (!byKey.has(key)) byKey.set(key, { key, childId: child.childId, screening });
      }
    }
    return [...byKey.values()];
  }

  /** When the police first had the detail on record, or null. */
  function knownAt(file: PersonFile, s: Subject, detail: Detail): Met | null {
    const fromScreening = factsOf(file, 'DependantsScreeningRecorded').find(
      (f) => f.data.arrestId === s.screening.data.arrestId && f.data.consentToRecordChildDetails && f.data.children.some((c) => c.childId === s.childId && HAS[detail](c)),
    );
    const arrangement = detail === 'age' ? undefined : factsOf(file, 'CareArrangementMade').find(
      (c) => c.data.childId === s.childId && (detail === 'whereabouts' || c.data.caregiver.contact !== null),
    );
    return earliest(fromScreening && metBy(fromScreening, `${detail} recorded`), arrangement && metBy(arrangement, `care arranged with a ${arrangement.data.caregiver.relation}`));
  }

  /** When the last missing detail came in, or null while one is still missing. */
  function completeAt(file: PersonFile, s: Subject): Met | null {
    const known = DETAILS.map((d) => knownAt(file, s, d));
    if (known.some((k) => k === null)) return null;
    const all = known as Met[];
    const at = all.map((m) => m.at).reduce(laterOf);
    return { at, eventIds: [...new Set(all.flatMap((m) => m.eventIds))], what: "the child's age, whereabouts and caregiver contact were all on record" };
  }

  function draft(file: PersonFile, s: Subject, asOf: string): AlertDraft {
    const arrest = factsOf(file, 'ArrestMade').find((a) => a.data.arrestId === s.screening.data.arrestId);
    const missing = DETAILS.filter((d) => {
      const k = knownAt(file, s, d);
      return !k || isBefore(asOf, k.at);
    });
    const dueAt = addMinutes(s.screening.data.askedAt, policy.withinMinutes);
    return {
      ruleId,
      subjectKey: s.key,
      severity: policy.severity,
      personId: file.personId,
      arrestId: s.screening.data.arrestId,
      childIds: [s.childId],
      responsibleAgency: policy.responsibleAgency,
      responsibleUnitId: arrest?.data.arrestingUnit.unitId ?? null,
      province: arrest?.data.province ?? null,
      legalBasis: policy.legalBasis,
      summary: `She consented at ${s.screening.data.askedAt} to her children's details being recorded, yet ${policy.withinMinutes / 60} h later the police record of one child (arrest ${s.screening.data.arrestId}, ${arrest?.data.arrestingUnit.unitId ?? 'arresting unit unknown'}) still lacks: ${missing.join(', ')}.`,
      dueAt,
      triggeringEventIds: [s.screening.eventId],
    };
  }

  return {
    ruleId,

    evaluate(file: PersonFile): SafeguardOutcome[] {
      const subjects = subjectsOf(file);
      if (subjects.length === 0) return [{ kind: 'nothing', ruleId, reason: 'no child was recorded with her consent to record details' }];
      return subjects.flatMap((s) => {
        const dueAt = addMinutes(s.screening.data.askedAt, policy.withinMinutes);
        return deadlineOutcomes(ruleId, s.key, dueAt, completeAt(file, s), () => draft(file, s, dueAt));
      });
    },

    onDeadline(file: PersonFile, subjectKey: string, now: Date): SafeguardOutcome[] {
      const s = subjectsOf(file).find((x) => x.key === subjectKey);
      if (!s) return [{ kind: 'nothing', ruleId, reason: `no consented record of child ${subjectKey}` }];
      const dueAt = addMinutes(s.screening.data.askedAt, policy.withinMinutes);
      return onDeadlineOutcomes(ruleId, dueAt, now, completeAt(file, s), () => draft(file, s, dueAt));
    },
  };
}
