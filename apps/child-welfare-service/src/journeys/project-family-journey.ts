import type { PersonFile } from '../person-file/person-file';
import { ruleWordsFor } from '../safeguards/rule-words';
import { childLocationHistory } from './child-location';
import { contactSummary } from './child-contact';
import { childrenCountFlags } from './children-count';
import type { ChildJourney, FamilyJourney, Jurisdiction, KeyDate, ParentJourney, ReviewFlag, StageStep, TimelineEntry } from './family-journey';
import { monthsBetween } from './journey-facts';
import { childKeyDates, parentKeyDates } from './key-dates';
import { childTimeline, parentTimeline, type TimelineVoice } from './journey-timeline';
import { legalStageHistory } from './legal-stage';
import { matchChildren, type MatchedChild } from './match-children';
import { parentDetails, type ParentDetails } from './parent-details';

/**
 * The family's journey from everything the police, the court and the prison published about
 * one parent: her path, and one journey per dependent child. It reads only the file, which is
 * sorted and deduplicated, and only event times, so the same facts delivered in any order, or
 * more than once, give the same journey. Its lines are worded for the jurisdiction: times in its
 * zone, its locale's dates and plurals.
 */
export function projectFamilyJourney(file: PersonFile, jurisdiction: Jurisdiction): FamilyJourney {
  const matching = matchChildren(file);
  const stageHistory = legalStageHistory(file.facts);
  const details = parentDetails(file);
  const keyDates = parentKeyDates(file);
  const words = ruleWordsFor(jurisdiction);
  const voice: TimelineVoice = { words, parent: words.parent(details.sex) };
  const wordedIn = { timeZone: jurisdiction.timeZone, locale: jurisdiction.locale };
  const parent = parentJourney(file.personId, details, stageHistory, keyDates, parentTimeline(file.facts, voice), matching.children, wordedIn);
  const children = matching.children.map((child) =>
    childJourney(file, child, { details, stageHistory, keyDates, matchFlags: matching.flags, voice, wordedIn }),
  );
  // Every child's flags, once each, and the family's own (a count that differs is about no one child).
  const reviewFlags = [...children.flatMap((c) => c.reviewFlags), ...childrenCountFlags(file, words)];
  return { parent, children, reviewFlags: reviewFlags.sort(byFlag) };
}

function parentJourney(
  personId: string,
  details: ParentDetails,
  stageHistory: readonly StageStep[],
  keyDates: readonly KeyDate[],
  timeline: readonly TimelineEntry[],
  children: readonly MatchedChild[],
  wordedIn: Jurisdiction,
): ParentJourney {
  return {
    personId,
    ...wordedIn,
    name: details.name,
    sex: details.sex,
    nationality: details.nationality,
    province: details.province,
    stage: stageHistory[stageHistory.length - 1]?.stage ?? null,
    stageHistory,
    facilityId: details.facilityId,
    arrestIds: details.arrestIds,
    caseIds: details.caseIds,
    custodyIds: details.custodyIds,
    pregnant: details.pregnant,
    hasLawyer: details.hasLawyer,
    declaredChildren: details.declaredChildren,
    childKeys: children.map((c) => c.childKey),
    keyDates,
    timeline,
  };
}

interface FamilyContext {
  readonly details: ParentDetails;
  readonly stageHistory: readonly StageStep[];
  readonly keyDates: readonly KeyDate[];
  readonly matchFlags: readonly ReviewFlag[];
  readonly voice: TimelineVoice;
  readonly wordedIn: Jurisdiction;
}

function childJourney(file: PersonFile, child: MatchedChild, family: FamilyContext): ChildJourney {
  const placement = childLocationHistory(file.facts, child);
  // At the last fact, as `ageYears` is: the journey reads the file, never the clock.
  const lastAt = file.facts[file.facts.length - 1]?.occurredAt ?? null;
  const ageMonths = child.dateOfBirth && lastAt ? monthsBetween(child.dateOfBirth, lastAt) : child.ageYears === null ? null : child.ageYears * 12;
  return {
    childKey: child.childKey,
    ...family.wordedIn,
    personId: file.personId,
    childIds: child.childIds,
    name: child.name,
    sex: child.sex,
    dateOfBirth: child.dateOfBirth,
    ageYears: child.ageYears,
    ageMonths: child.dateOfBirth ? ageMonths : null,
    age: ageMonths === null ? null : ageWords(child, ageMonths, family.voice),
    recordedBy: child.recordedBy,
    stage: family.stageHistory[family.stageHistory.length - 1]?.stage ?? null,
    stageHistory: family.stageHistory,
    location: placement.history[placement.history.length - 1] ?? null,
    locationHistory: placement.history,
    facilityId: family.details.facilityId,
    province: family.details.province,
    contact: contactSummary(file.facts, { childIds: child.childIds, recordedByPolice: child.recordedBy.includes('police') }),
    keyDates: childKeyDates(file, child.childIds, family.keyDates),
    timeline: childTimeline(file.facts, child.childIds, family.voice),
    reviewFlags: [...family.matchFlags.filter((f) => f.childKey === child.childKey), ...placement.flags].sort(byFlag),
  };
}

/**
 * "5 months", "4 years": months under two years only when the date of birth gives them; an age
 * recorded in years says years ("1 year"), never months it does not know.
 */
function ageWords(child: MatchedChild, months: number, voice: TimelineVoice): string {
  return child.dateOfBirth ? voice.words.age(months) : voice.words.count(Math.floor(months / 12), 'year', 'years');
}

/** Flags in a stable order: by kind, then child, then the events they rest on. */
function byFlag(a: ReviewFlag, b: ReviewFlag): number {
  const key = (f: ReviewFlag) => `${f.kind}\u0000${f.childKey ?? ''}\u0000${f.eventIds.join(',')}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
