import type { PersonFile } from '../person-file/person-file';
import { childLocationHistory } from './child-location';
import { contactSummary } from './child-contact';
import { childrenCountFlags } from './children-count';
import type { ChildJourney, FamilyJourney, KeyDate, ParentJourney, ReviewFlag, StageStep, TimelineEntry } from './family-journey';
import { childKeyDates, parentKeyDates } from './key-dates';
import { childTimeline, parentTimeline } from './journey-timeline';
import { legalStageHistory } from './legal-stage';
import { matchChildren, type MatchedChild } from './match-children';
import { parentDetails, type ParentDetails } from './parent-details';

/**
 * The family's journey from everything the police, the court and the prison published about
 * one parent: her path, and one journey per dependent child. It reads only the file, which is
 * sorted and deduplicated, and only event times, so the same facts delivered in any order, or
 * more than once, give the same journey.
 */
export function projectFamilyJourney(file: PersonFile): FamilyJourney {
  const matching = matchChildren(file);
  const stageHistory = legalStageHistory(file.facts);
  const details = parentDetails(file);
  const keyDates = parentKeyDates(file);
  const parent = parentJourney(file.personId, details, stageHistory, keyDates, parentTimeline(file.facts), matching.children);
  const children = matching.children.map((child) => childJourney(file, child, { details, stageHistory, keyDates, matchFlags: matching.flags }));
  // Every child's flags, once each, and the family's own (a count that differs is about no one child).
  const reviewFlags = [...children.flatMap((c) => c.reviewFlags), ...childrenCountFlags(file)];
  return { parent, children, reviewFlags: reviewFlags.sort(byFlag) };
}

function parentJourney(
  personId: string,
  details: ParentDetails,
  stageHistory: readonly StageStep[],
  keyDates: readonly KeyDate[],
  timeline: readonly TimelineEntry[],
  children: readonly MatchedChild[],
): ParentJourney {
  return {
    personId,
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
}

function childJourney(file: PersonFile, child: MatchedChild, family: FamilyContext): ChildJourney {
  const placement = childLocationHistory(file.facts, child);
  return {
    childKey: child.childKey,
    personId: file.personId,
    childIds: child.childIds,
    name: child.name,
    sex: child.sex,
    dateOfBirth: child.dateOfBirth,
    ageYears: child.ageYears,
    recordedBy: child.recordedBy,
    stage: family.stageHistory[family.stageHistory.length - 1]?.stage ?? null,
    stageHistory: family.stageHistory,
    location: placement.history[placement.history.length - 1] ?? null,
    locationHistory: placement.history,
    facilityId: family.details.facilityId,
    province: family.details.province,
    contact: contactSummary(file.facts, { childIds: child.childIds, recordedByPolice: child.recordedBy.includes('police') }),
    keyDates: childKeyDates(file, child.childIds, family.keyDates),
    timeline: childTimeline(file.facts, child.childIds),
    reviewFlags: [...family.matchFlags.filter((f) => f.childKey === child.childKey), ...placement.flags].sort(byFlag),
  };
}

/** Flags in a stable order: by kind, then child, then the events they rest on. */
function byFlag(a: ReviewFlag, b: ReviewFlag): number {
  const key = (f: ReviewFlag) => `${f.kind}\u0000${f.childKey ?? ''}\u0000${f.eventIds.join(',')}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
