import type { ChildView, LifeInPrison } from '../../reconciled/children';
import { custodyById, type CustodyView } from '../../reconciled/custodies';
import { earliest, isBefore } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import { benchmarkNote, heldInPrison } from '../custody-alert';
import type { ChildInPrisonPolicy } from '../prison-policy';
import type { Rule, Watch } from '../rule';
import type { RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const CHILD_IN_PRISON_ASSESSMENT_OVERDUE = 'child-in-prison-assessment-overdue';

const DAY = 24 * 60;

/**
 * Bangkok Rules 49–52: a child living in prison is assessed individually and often, and leaves by
 * a plan. For every time a child lived in prison with her (admitted with her, or born there), two
 * kinds of watch:
 * - each assessment period: `assessEveryDays` from the child coming in or from the last
 *   assessment, met by the next one (the prison's own "next due" date does not stretch the policy's);
 * - the age limit: by the child's `ageLimitYears` birthday, an assessment made in the
 *   `planLeadDays` before it that carries a referral or placement plan; a plan made long before
 *   (an infant's vaccinations) is not a plan for leaving. A child who left after the birthday
 *   left by some arrangement, so leaving resolves it late.
 * The child leaving prison, or the parent's release, ends both. The prison holding them when
 * each falls due must act.
 */
export function raiseAlertWhenChildInPrisonAssessmentOverdue(policy: ChildInPrisonPolicy, words: RuleWords): Rule {
  return {
    ruleId: CHILD_IN_PRISON_ASSESSMENT_OVERDUE,
    whenNothingOwed: 'no child lives in prison with her',
    judge: (view: FamilyView) => ({
      findings: [],
      watches: view.children.flatMap((child) =>
        child.inPrison.flatMap((spell) => {
          const custody = custodyById(view.custodies, spell.custodyId);
          return custody
            ? [...assessmentPeriods(view, custody, child, spell, policy, words), ageLimit(view, custody, child, spell, policy, words)]
            : [];
        }),
      ),
    }),
  };
}

function assessmentPeriods(
  view: FamilyView,
  custody: CustodyView,
  child: ChildView,
  spell: LifeInPrison,
  policy: ChildInPrisonPolicy,
  words: RuleWords,
): Watch[] {
  const gone = earliest(spell.left, custody.released?.evidence);
  const starts = [spell.evidence, ...spell.assessments.map((a) => a.evidence)];
  const parent = words.parent(view.parent.sex);
  return starts
    .filter((start) => !gone || isBefore(start.at, gone.at))
    .map((start, i): Watch => {
      const dueAt = addMinutes(start.at, policy.assessEveryDays * DAY);
      const since = i === 0 ? `came to live there on ${words.instant(start.at)}` : `was last assessed on ${words.instant(start.at)}`;
      return {
        subjectKey: `${custody.custodyId}:${spell.childId}:${start.at}`,
        dueAt,
        setBy: start,
        met: spell.assessments[i]?.evidence ?? null,
        moot: gone,
        alert: {
          ...heldInPrison(view, custody, dueAt),
          childIds: child.refs,
          summary:
            `A child living in prison with ${parent.noun} has had no individual assessment since the child ${since}: ` +
            `one is due every ${words.count(policy.assessEveryDays, 'day', 'days')}${benchmarkNote(policy)}, so by ${words.instant(dueAt)}.`,
          triggeringEventIds: [start.eventId],
        },
      };
    });
}

function ageLimit(
  view: FamilyView,
  custody: CustodyView,
  child: ChildView,
  spell: LifeInPrison,
  policy: ChildInPrisonPolicy,
  words: RuleWords,
): Watch {
  const dueAt = birthday(spell.dateOfBirth, policy.ageLimitYears);
  const planFrom = addMinutes(dueAt, -policy.planLeadDays * DAY);
  const plan = spell.assessments.find((a) => a.plan !== null && !isBefore(a.at, planFrom));
  const parent = words.parent(view.parent.sex);
  return {
    subjectKey: `${custody.custodyId}:${spell.childId}:age-limit`,
    dueAt,
    setBy: spell.evidence,
    met: earliest(plan && { ...plan.evidence, says: 'a referral or placement plan was recorded' }, spell.left),
    moot: custody.released?.evidence ?? null,
    alert: {
      ...heldInPrison(view, custody, dueAt),
      childIds: child.refs,
      summary:
        `A child living in prison with ${parent.noun} reaches ${words.count(policy.ageLimitYears, 'year', 'years')}, the age limit, on ${words.instant(dueAt)} ` +
        `with no referral or placement plan recorded in the ${words.count(policy.planLeadDays, 'day', 'days')} before${benchmarkNote(policy)}. Agree where the child will live, with ${parent.object}.`,
      triggeringEventIds: [spell.evidence.eventId],
    },
  };
}

/** Midnight UTC of the birthday `years` after a date of birth ("2025-08-14"). */
function birthday(dateOfBirth: string, years: number): string {
  const d = new Date(dateOfBirth.slice(0, 10));
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString();
}
