import type { ReleaseReason, ReleaseScheduledData } from '@safeguard/contracts';
import { livingInPrison, type CustodyView } from '../../reconciled/custodies';
import { parentAt } from '../../reconciled/dependants';
import { firstFrom, isBefore } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { Recorded } from '../../reconciled/recorded';
import { benchmarkNote, heldInPrison } from '../custody-alert';
import type { ReleasePreparationPolicy } from '../prison-policy';
import type { Rule, Watch } from '../rule';
import type { RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const RELEASE_NOT_PREPARED = 'release-not-prepared';

const DAY = 24 * 60;

/**
 * LICADHO 2015: the family member who looks after the children is told of the release date in
 * time to prepare them. Owed for a parent any agency knows has children. Each scheduling of a
 * release gets a watch `daysBeforeRelease` before it; a release set sooner than that (a pardon)
 * gives `withinHoursWhenSooner` from its setting, never later than the release. Met by the
 * prison's notice of the release to the children's caregiver (telling anyone else does not
 * count), given after the release was set and before it: when the prison states when it set the
 * release, from then; when its record carries only the time it reached the prison service, a
 * notice before that still counts, back to the scheduling before it (a notice before that was
 * about another date). A later scheduling supersedes it; her release does not (she went home
 * unannounced). The prison holding her must act.
 */
export function raiseAlertWhenReleaseNotPrepared(policy: ReleasePreparationPolicy, words: RuleWords): Rule {
  return {
    ruleId: RELEASE_NOT_PREPARED,
    whenNothingOwed: 'no release of a parent is scheduled',
    judge: (view: FamilyView) => ({
      findings: [],
      watches: view.custodies.flatMap((custody) =>
        custody.releaseSchedules.flatMap((schedule, i) => preparation(view, custody, schedule, i, policy, words)),
      ),
    }),
  };
}

const REASON_WORDS: Record<ReleaseReason, string> = {
  'sentence-served': 'at the end of the sentence',
  pardon: 'on a pardon',
  amnesty: 'on an amnesty',
  bail: 'on bail',
  acquittal: 'after an acquittal',
  'judicial-supervision': 'under judicial supervision',
};

function dueAtFor(policy: ReleasePreparationPolicy, scheduledAt: string, releaseOn: string): { readonly dueAt: string; readonly soon: boolean } {
  const ahead = addMinutes(releaseOn, -policy.daysBeforeRelease * DAY);
  const soonest = addMinutes(scheduledAt, policy.withinHoursWhenSooner * 60);
  if (!isBefore(ahead, soonest)) return { dueAt: ahead, soon: false };
  return { dueAt: isBefore(releaseOn, soonest) ? releaseOn : soonest, soon: true };
}

function preparation(
  view: FamilyView,
  custody: CustodyView,
  schedule: Recorded<ReleaseScheduledData>,
  i: number,
  policy: ReleasePreparationPolicy,
  words: RuleWords,
): Watch[] {
  const { releaseOn, scheduledAt, scheduledAtSource, reason } = schedule.data;
  if (!parentAt(view.dependants, releaseOn)) return [];
  const { dueAt, soon } = dueAtFor(policy, scheduledAt, releaseOn);
  const previous = i > 0 ? custody.releaseSchedules[i - 1] : undefined;
  const from = scheduledAtSource === 'stated-by-agency' ? scheduledAt : (previous?.evidence.at ?? custody.admission.evidence.at);
  const toCaregiver = custody.notices
    .filter((n) => n.data.about === 'release' && n.data.isCaregiver)
    .map((n) => ({ ...n.evidence, says: 'the children’s caregiver was told of the release' }));
  const later = custody.releaseSchedules.at(i + 1);
  const parent = words.parent(view.parent.sex);
  // The children waiting for her outside: a child living in prison with her leaves with her.
  const children = view.children.filter((c) => (c.bornAt === null || isBefore(c.bornAt, releaseOn)) && livingInPrison(c, custody)?.left !== null);
  const set = scheduledAtSource === 'stated-by-agency' ? `set on ${words.instant(scheduledAt)}` : `recorded on ${words.instant(scheduledAt)}`;
  const owed = soon
    ? `within ${words.duration(policy.withinHoursWhenSooner * 60)} of the release being set, since it comes sooner than ${words.count(policy.daysBeforeRelease, 'day', 'days')}`
    : `${words.count(policy.daysBeforeRelease, 'day', 'days')} ahead`;
  return [
    {
      subjectKey: `${custody.custodyId}:${releaseOn}`,
      dueAt,
      setBy: schedule.evidence,
      met: firstFrom(
        toCaregiver.filter((n) => !isBefore(releaseOn, n.at)),
        from,
      ),
      moot: later ? { ...later.evidence, says: `the release was set again, for ${words.instant(later.data.releaseOn)}` } : null,
      alert: {
        ...heldInPrison(view, custody, dueAt),
        childIds: children.flatMap((c) => c.refs),
        summary:
          `No record that the caregiver of ${parent.possessive} children was told by ${words.instant(dueAt)} that ${parent.noun} will be released ${REASON_WORDS[reason]} ` +
          `on ${words.instant(releaseOn)} (${set}): the caregiver is owed notice ${owed}${benchmarkNote(policy)}, so the children can be prepared.`,
        triggeringEventIds: [schedule.evidence.eventId],
      },
    },
  ];
}
