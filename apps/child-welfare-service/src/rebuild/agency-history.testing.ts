import { randomUUID } from 'node:crypto';
import { catalogueEntry, Topics, type Actor, type EventEnvelope } from '@safeguard/contracts';
import {
  aCareArrangementMade,
  aDependantsScreening,
  anArrestMade,
  releasedWithoutCharge,
  takenIntoPoliceCustody,
} from '../../../../libs/contracts/src/testing/arrest-fixtures';
import {
  aCaseOpened,
  aFamilyNotifiedOfHearing,
  aHearingScheduled,
  aPretrialDetentionOrdered,
  aSentenceImposed,
} from '../../../../libs/contracts/src/testing/court-fixtures';
import {
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
  aPersonReleased,
  aReleaseScheduled,
  aVisitTookPlace,
} from '../../../../libs/contracts/src/testing/prison-fixtures';
import { seededRandom } from '../journeys/family-file.testing';
import type { AgencyEvent } from '../person-file/person-file';

/**
 * Agency histories as the three agencies publish them, for the rebuild's tests and benchmark:
 * each person arrested (most screened for dependants, some late, some never), many taken into
 * police custody, some released without charge, some tried (pre-trial detention, a hearing the
 * family is or is not told of, a sentence), some admitted to prison (children recorded, visits,
 * a release set and carried out). The facts are the contract fixtures, so every one is a
 * schema-valid event at its current version; the choices come from a seed, so a history can be
 * made again.
 */
export type AgencyName = 'arrest' | 'court' | 'prison';

export interface AgencyFact {
  readonly agency: AgencyName;
  readonly envelope: EventEnvelope;
}

const ACTORS: Record<AgencyName, Actor> = {
  arrest: { agency: 'police', role: 'police-officer', unitId: 'PP-ANTI-DRUG', userId: 'officer-17' },
  court: { agency: 'court', role: 'court-clerk', unitId: 'PP-MUNICIPAL-COURT', userId: 'clerk-3' },
  prison: { agency: 'prison', role: 'prison-officer', unitId: 'CC2', userId: 'officer-cc2' },
};
const SOURCES: Record<AgencyName, string> = {
  arrest: '/safeguard/arrest-service',
  court: '/safeguard/court-service',
  prison: '/safeguard/prison-service',
};
export const AGENCY_TOPIC: Record<AgencyName, string> = { arrest: Topics.arrestEvents, court: Topics.courtEvents, prison: Topics.prisonEvents };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The latest record of a history: the release, a year after the admission three days after the arrest. */
export const LAST_RECORD_AFTER_ARREST_DAYS = 370;

/** An agency event as its service would publish it: one stream per record, positions in order. */
export function envelopeOf(agency: AgencyName, streamId: string, streamPosition: number, event: AgencyEvent): EventEnvelope {
  const entry = catalogueEntry(event);
  const occurredAt = entry.occurredAtOf(event.data);
  return {
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: entry.schemaVersion,
    streamId,
    streamPosition,
    globalPosition: '0',
    subject: entry.subjectOf(event.data),
    occurredAt,
    recordedAt: occurredAt,
    correlationId: randomUUID(),
    causationId: null,
    actor: ACTORS[agency],
    source: SOURCES[agency],
    data: event.data,
  };
}

/** One fact as the agency published it, at that position of its stream. */
export function agencyFact(agency: AgencyName, streamId: string, streamPosition: number, event: AgencyEvent): AgencyFact {
  return { agency, envelope: envelopeOf(agency, streamId, streamPosition, event) };
}

const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MINUTE).toISOString();

/** One person's history, arrested at `arrestedAt`, in the order each agency recorded it. */
export function personHistory(random: () => number, arrestedAt: string): AgencyFact[] {
  const chance = (p: number) => random() < p;
  const out: AgencyFact[] = [];
  const record = (agency: AgencyName, streamId: string) => {
    let position = 0;
    return (event: AgencyEvent) => out.push(agencyFact(agency, streamId, ++position, event));
  };

  const arrest = anArrestMade({
    arrestedAt,
    circumstances: {
      childrenPresent: chance(0.3) ? 1 : 0,
      afterDark: chance(0.4),
      restraintsOrSirensInFrontOfChildren: false,
      searchWithChildPresent: false,
    },
  });
  const personId = arrest.data.person.personId;
  const police = record('arrest', `arrest-${arrest.data.arrestId}`);
  police(arrest);
  let childId: string | null = null;
  if (chance(0.85)) {
    // Most are asked within the hour; some hours late, which the screening rule raises and resolves.
    const screening = aDependantsScreening(arrest.data, { askedAt: at(arrestedAt, chance(0.8) ? 60 : 300) });
    childId = screening.data.children[0].childId;
    police(screening);
    if (chance(0.35)) police(aCareArrangementMade(arrest.data, childId, { arrangedAt: at(arrestedAt, 90) }));
  }
  if (chance(0.2)) {
    police(releasedWithoutCharge(arrest.data, { releasedAt: at(arrestedAt, 600) }));
    return out;
  }
  if (chance(0.6)) police(takenIntoPoliceCustody(arrest.data, { custodyAt: at(arrestedAt, 180) }));
  if (!chance(0.45)) return out;

  const caseReference = `PPCFI-${randomUUID().slice(0, 8)}`;
  const opened = aCaseOpened({ personId, arrestIds: [arrest.data.arrestId], caseReference, openedAt: at(arrestedAt, 2 * 24 * 60) });
  const court = record('court', `case-${opened.data.caseId}`);
  court(opened);
  const detained = chance(0.6);
  if (detained) court(aPretrialDetentionOrdered(opened.data));
  if (chance(0.5)) {
    const hearing = aHearingScheduled(opened.data, { scheduledAt: at(arrestedAt, 10 * 24 * 60), hearingAt: at(arrestedAt, 40 * 24 * 60) });
    court(hearing);
    if (chance(0.6)) court(aFamilyNotifiedOfHearing(hearing.data));
    if (chance(0.6)) court(aSentenceImposed(opened.data, { imposedAt: at(arrestedAt, 41 * 24 * 60) }));
  }
  if (!detained) return out;

  const admission = aPersonAdmitted({ personId, admittedAt: at(arrestedAt, 3 * 24 * 60), courtCaseReference: caseReference });
  const prison = record('prison', `custody-${admission.data.custodyId}`);
  prison(admission);
  const recorded = aChildrenRecordedAtAdmission(admission.data);
  if (chance(0.8)) {
    // The prison records the child the police screening named, under the police's reference.
    const child = { ...recorded.data.children[0], childId: childId ?? recorded.data.children[0].childId };
    prison({ ...recorded, data: { ...recorded.data, numberOfChildren: 1, children: [child] } });
    if (chance(0.5)) prison(aVisitTookPlace(admission.data, { childIds: [child.childId] }));
  }
  if (chance(0.4)) {
    const release = aReleaseScheduled(admission.data);
    prison(release);
    if (chance(0.7)) prison(aPersonReleased(admission.data, { releasedAt: release.data.releaseOn }));
  }
  return out;
}

/**
 * People's histories until there are at least `minFacts` facts, arrested over `spanDays` ending
 * a little over a year before `endsAt`, so that by `endsAt` every record lies in the past (the
 * last, a release, a year after the admission).
 */
export function agencyHistory(minFacts: number, seed: number, endsAt: Date, spanDays = 730): { facts: AgencyFact[]; people: number } {
  const random = seededRandom(seed);
  const facts: AgencyFact[] = [];
  let people = 0;
  const lastArrest = endsAt.getTime() - LAST_RECORD_AFTER_ARREST_DAYS * DAY;
  while (facts.length < minFacts) {
    const arrestedAt = new Date(lastArrest - random() * spanDays * DAY).toISOString();
    facts.push(...personHistory(random, arrestedAt));
    people++;
  }
  return { facts, people };
}
