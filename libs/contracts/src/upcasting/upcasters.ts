import type { PublicEventType } from '../catalogue';
import { arrestRecordCorrectedV1toV2, dependantsScreeningRecordedV1toV2 } from './arrest-upcasters';
import { caseOpenedV1toV2, clemencyGrantedV1toV2, hearingScheduledV1toV2, sentenceImposedV1toV2 } from './court-upcasters';
import { childrenRecordedAtAdmissionV1toV2, releaseScheduledV1toV2, visitTookPlaceV1toV2 } from './prison-upcasters';

/** One step: the data of version n in, the data of version n + 1 out. Pure, no I/O, no clock. */
export type Upcaster = (data: unknown) => unknown;

/** A typed step (any data in, any data out), entered in the table under the version it reads. */
function step(upcaster: (data: never) => unknown): Upcaster {
  return upcaster as Upcaster;
}

/**
 * Every upcaster, by event type and the version it reads: `Upcasters.VisitTookPlace[1]` turns v1
 * data into v2. A type whose catalogue version is n needs a step from each of 1 … n − 1; the
 * upcasting spec checks the chain is complete and ends in data its current schema accepts.
 */
export const Upcasters: { readonly [T in PublicEventType]?: { readonly [fromVersion: number]: Upcaster } } = {
  DependantsScreeningRecorded: { 1: step(dependantsScreeningRecordedV1toV2) },
  ArrestRecordCorrected: { 1: step(arrestRecordCorrectedV1toV2) },
  CaseOpened: { 1: step(caseOpenedV1toV2) },
  HearingScheduled: { 1: step(hearingScheduledV1toV2) },
  SentenceImposed: { 1: step(sentenceImposedV1toV2) },
  ClemencyGranted: { 1: step(clemencyGrantedV1toV2) },
  ChildrenRecordedAtAdmission: { 1: step(childrenRecordedAtAdmissionV1toV2) },
  VisitTookPlace: { 1: step(visitTookPlaceV1toV2) },
  ReleaseScheduled: { 1: step(releaseScheduledV1toV2) },
};
