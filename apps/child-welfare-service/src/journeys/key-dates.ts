import type { NotificationSubject } from '@safeguard/contracts';
import { factsOf, type Fact, type FactOf, type PersonFile } from '../person-file/person-file';
import type { KeyDate } from './family-journey';
import { sourceOf } from './journey-facts';
import { HEARING, RELEASE_REASON } from './timeline-vocabulary';

/**
 * The dates a family is owed: "key legal dates, changes to place of detention and any medical
 * concerns" (LICADHO 2015, recommendations to prisons), and the release date the family needs
 * "to prepare the children for their mother's return home" (ibid., on admission records). A date counts as told only when the
 * notice came on or after the fact it is about: a notice cannot tell of a move not yet decided.
 */
export function parentKeyDates(file: PersonFile): KeyDate[] {
  return [...hearingDates(file), ...transferDates(file), ...medicalDates(file, null), ...releaseDates(file)].sort(byDate);
}

/** The child's own serious medical events; with the parent's dates, every date the child's family is owed. */
export function childKeyDates(file: PersonFile, childIds: readonly string[], parentDates: readonly KeyDate[]): KeyDate[] {
  return [...parentDates, ...medicalDates(file, childIds)].sort(byDate);
}

function byDate(a: KeyDate, b: KeyDate): number {
  return Date.parse(a.at) - Date.parse(b.at) || (a.source.eventId < b.source.eventId ? -1 : a.source.eventId > b.source.eventId ? 1 : 0);
}

const notYet = { familyTold: false, toldAt: null } as const;
const told = (notice: Fact | undefined) => (notice ? { familyTold: true, toldAt: notice.occurredAt } : notYet);

/** The first notice about a subject in [from, until): the window a notice can be about this date and no later one. */
function noticeBetween(notices: readonly Fact[], from: string, until: string | null): Fact | undefined {
  return notices.find((n) => Date.parse(n.occurredAt) >= Date.parse(from) && (until === null || Date.parse(n.occurredAt) < Date.parse(until)));
}

function prisonNotices(file: PersonFile, about: NotificationSubject): FactOf<'FamilyNotified'>[] {
  return factsOf(file, 'FamilyNotified').filter((n) => n.data.about === about);
}

/** One date per hearing: a rescheduled hearing keeps its latest date, and only a notice after that counts. */
function hearingDates(file: PersonFile): KeyDate[] {
  const latest = new Map<string, FactOf<'HearingScheduled'>>();
  for (const h of factsOf(file, 'HearingScheduled')) latest.set(h.data.hearingId, h);
  const notices = factsOf(file, 'FamilyNotifiedOfHearing');
  return [...latest.values()].map((h) => ({
    kind: 'hearing',
    at: h.data.hearingAt,
    detail: `${HEARING[h.data.kind]} at ${h.data.place}`,
    ...told(
      noticeBetween(
        notices.filter((n) => n.data.hearingId === h.data.hearingId),
        h.occurredAt,
        null,
      ),
    ),
    source: sourceOf(h),
  }));
}

function transferDates(file: PersonFile): KeyDate[] {
  const moves = file.facts.filter(
    (f): f is FactOf<'TransferredToPrison'> | FactOf<'PrisonerTransferred'> => f.type === 'TransferredToPrison' || f.type === 'PrisonerTransferred',
  );
  const notices = prisonNotices(file, 'transfer');
  return moves.map((m, i) => ({
    kind: 'transfer',
    at: m.occurredAt,
    detail:
      m.type === 'TransferredToPrison'
        ? `Taken from police custody to ${m.data.prisonFacility}`
        : `Moved from ${m.data.fromFacilityId} to ${m.data.toFacilityId}: ${m.data.reason}`,
    ...told(noticeBetween(notices, m.occurredAt, moves[i + 1]?.occurredAt ?? null)),
    source: sourceOf(m),
  }));
}

/**
 * Serious medical events: the parent's (childIds null) or a child's living in prison. A
 * 'medical' notice names nobody, so it answers for the serious events since the one before it.
 */
function medicalDates(file: PersonFile, childIds: readonly string[] | null): KeyDate[] {
  const serious = factsOf(file, 'MedicalEventRecorded').filter((m) => m.data.serious);
  const notices = prisonNotices(file, 'medical');
  const concerns = (m: FactOf<'MedicalEventRecorded'>) =>
    childIds === null ? m.data.childId === null : m.data.childId !== null && childIds.includes(m.data.childId);
  return serious.flatMap((m, i) =>
    concerns(m)
      ? [
          {
            kind: 'medical' as const,
            at: m.occurredAt,
            detail: `${m.data.childId === null ? 'Parent' : 'Child'} ${m.data.kind === 'hospitalised' ? 'taken to hospital' : m.data.kind === 'serious-illness' ? 'seriously ill' : 'had a serious medical event'}`,
            ...told(noticeBetween(notices, m.occurredAt, serious[i + 1]?.occurredAt ?? null)),
            source: sourceOf(m),
          },
        ]
      : [],
  );
}

/** The release date as last scheduled for each custody; a notice counts once that schedule was made. */
function releaseDates(file: PersonFile): KeyDate[] {
  const latest = new Map<string, FactOf<'ReleaseScheduled'>>();
  for (const r of factsOf(file, 'ReleaseScheduled')) latest.set(r.data.custodyId, r);
  const notices = prisonNotices(file, 'release');
  return [...latest.values()].map((r) => ({
    kind: 'release',
    at: r.data.releaseOn,
    detail: `Release: ${RELEASE_REASON[r.data.reason]}`,
    ...told(noticeBetween(notices, r.occurredAt, null)),
    source: sourceOf(r),
  }));
}
