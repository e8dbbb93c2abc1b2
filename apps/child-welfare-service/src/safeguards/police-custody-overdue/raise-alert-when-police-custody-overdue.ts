import type { ArrestView } from '../../reconciled/arrests';
import { firstFrom, isBefore } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import { addHoursExcludingSundaysAndHolidays, isHoliday } from '../court-calendar';
import { benchmarkNote } from '../custody-alert';
import type { PoliceCustodyPolicy } from '../prison-policy';
import type { Rule, Watch } from '../rule';
import { sentenceCase, type RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const POLICE_CUSTODY_OVERDUE = 'police-custody-overdue';

/**
 * Cambodian CCP art. 96 (California Penal Code §825): police custody ends within `withinHours` of
 * her arrival at the police, by bringing her before a prosecutor or judge, releasing her (without
 * charge, on bail, on a judge's or prosecutor's order) or her admission to prison — whichever
 * agency recorded it. One watch per police custody. An extension counts only where the policy
 * allows one (in Cambodia for a felony only), only when authorised before the first limit ran out,
 * and never beyond `maxExtendedHours`: it ends the first watch and opens one at its end. Where the
 * law excludes Sundays and holidays (§825), the hours run only on counted days in the policy's
 * time zone. A count from her arrival at the police, not from the arrest itself, errs late for
 * §825 ("within 48 hours after his or her arrest") by the time between them.
 */
export function raiseAlertWhenPoliceCustodyOverdue(policy: PoliceCustodyPolicy, words: RuleWords, timeZone: string): Rule {
  const after = (from: string, hours: number): string => {
    if (!policy.excludeSundaysAndHolidays || !policy.holidayCalendar) return addMinutes(from, hours * 60);
    const calendar = policy.holidayCalendar;
    return addHoursExcludingSundaysAndHolidays(from, hours, timeZone, (day) => isHoliday(calendar, day));
  };
  return {
    ruleId: POLICE_CUSTODY_OVERDUE,
    whenNothingOwed: 'nobody is known to be in police custody',
    judge: (view: FamilyView) => ({ findings: [], watches: view.arrests.flatMap((arrest) => watchesOf(view, arrest, policy, words, after)) }),
  };
}

function watchesOf(
  view: FamilyView,
  arrest: ArrestView,
  policy: PoliceCustodyPolicy,
  words: RuleWords,
  after: (from: string, hours: number) => string,
): Watch[] {
  const custody = arrest.policeCustody;
  if (!custody) return [];
  const dueAt = after(custody.since, policy.withinHours);
  const cap = after(custody.since, policy.maxExtendedHours);
  const allowed = !policy.extensionOnlyForFelony || arrest.offence.offenceClass === 'felony';
  const inTime = arrest.extensions.filter((e) => !isBefore(dueAt, e.evidence.at) && isBefore(dueAt, e.until));
  const extension = allowed && isBefore(dueAt, cap) ? inTime[inTime.length - 1] : undefined;
  const ended = firstFrom(arrest.custodyEnds, custody.since);
  const parent = words.parent(view.parent.sex);
  const counted = policy.excludeSundaysAndHolidays ? ', Sundays and holidays not counted' : '';
  const refused =
    !allowed && inTime.length > 0
      ? ' An extension is on file, but the law allows one only in a felony case, and this arrest is not for a felony.'
      : '';
  const alert = (due: string, limit: string) => ({
    responsible: { agency: 'police' as const, unitId: arrest.unitId },
    childIds: [],
    arrestId: arrest.arrestId,
    province: arrest.province,
    summary:
      `${sentenceCase(parent.person)} has been held in police custody at ${custody.facility} since ${words.instant(custody.since)} with no record of being brought before a prosecutor or judge, ` +
      `released or taken to prison by ${words.instant(due)} (${limit})${benchmarkNote(policy)}.${refused} Bring ${parent.object} before a judge or release ${parent.object} now.`,
    triggeringEventIds: [custody.evidence.eventId, ...(extension ? [extension.evidence.eventId] : [])],
  });
  const first: Watch = {
    subjectKey: arrest.arrestId,
    dueAt,
    setBy: custody.evidence,
    met: ended,
    moot: extension ? { ...extension.evidence, says: `police custody extended to ${words.instant(extension.until)}` } : null,
    alert: alert(dueAt, `${words.count(policy.withinHours, 'hour', 'hours')}${counted}`),
  };
  if (!extension) return [first];
  const until = isBefore(extension.until, cap) ? extension.until : cap;
  return [
    first,
    {
      subjectKey: `${arrest.arrestId}:extended-until:${until}`,
      dueAt: until,
      setBy: extension.evidence,
      met: ended,
      moot: null,
      alert: alert(
        until,
        `the end of the extension authorised on ${words.instant(extension.evidence.at)}, at most ${words.count(policy.maxExtendedHours, 'hour', 'hours')} in all${counted}`,
      ),
    },
  ];
}
