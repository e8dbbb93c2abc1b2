import type {
  ChildrenRecordedAtAdmissionData,
  ChildrenRecordedAtAdmissionDataV1,
  ReleaseScheduledData,
  ReleaseScheduledDataV1,
  VisitTookPlaceData,
  VisitTookPlaceDataV1,
} from '../prison/prison-events';

/** v1 always had a name, a sex and a home for every child it listed, and no birth year. */
export function childrenRecordedAtAdmissionV1toV2(v1: ChildrenRecordedAtAdmissionDataV1): ChildrenRecordedAtAdmissionData {
  return { ...v1, children: v1.children.map((child) => ({ ...child, detailsWithheld: null, birthYear: null })) };
}

/** v1 named at most one visiting child; an adult-only visit had none. */
export function visitTookPlaceV1toV2(v1: VisitTookPlaceDataV1): VisitTookPlaceData {
  const { childId, ...rest } = v1;
  return { ...rest, childIds: childId === null ? [] : [childId] };
}

/** v1's `scheduledAt` was stamped by the prison service when the record arrived, never stated by the prison. */
export function releaseScheduledV1toV2(v1: ReleaseScheduledDataV1): ReleaseScheduledData {
  return { ...v1, scheduledAtSource: 'time-of-receipt' };
}
