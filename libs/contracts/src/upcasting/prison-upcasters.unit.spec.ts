import { aPersonAdmitted } from '../testing/prison-fixtures';
import { aChildrenRecordedAtAdmissionV1, aReleaseScheduledV1, aVisitTookPlaceV1 } from '../testing/v1-fixtures';
import { childrenRecordedAtAdmissionV1toV2, releaseScheduledV1toV2, visitTookPlaceV1toV2 } from './prison-upcasters';

const admission = aPersonAdmitted().data;

describe('ChildrenRecordedAtAdmission v1 → v2', () => {
  it('marks every child as nothing withheld and no birth year known, keeping where the child lives', () => {
    const v1 = aChildrenRecordedAtAdmissionV1(admission).data;
    const v2 = childrenRecordedAtAdmissionV1toV2(v1);
    expect(v2.children).toEqual(v1.children.map((child) => ({ ...child, detailsWithheld: null, birthYear: null })));
    expect(v2.children[0].livesWhere).toBe(v1.children[0].livesWhere);
  });

  it('keeps an answer without children as it was', () => {
    const none = aChildrenRecordedAtAdmissionV1(admission, { answer: 'no-children', numberOfChildren: 0, children: [] }).data;
    expect(childrenRecordedAtAdmissionV1toV2(none)).toEqual(none);
  });
});

describe('VisitTookPlace v1 → v2', () => {
  it('lists the one child who came', () => {
    const v1 = aVisitTookPlaceV1(admission).data;
    const { childId, ...rest } = v1;
    expect(visitTookPlaceV1toV2(v1)).toEqual({ ...rest, childIds: [childId] });
  });

  it('lists no child for an adult-only visit, and drops childId', () => {
    const v2 = visitTookPlaceV1toV2(aVisitTookPlaceV1(admission, { childId: null, visitorName: 'Chan Vuthy', accompanyingAdult: null }).data);
    expect(v2.childIds).toEqual([]);
    expect(v2).not.toHaveProperty('childId');
  });
});

describe('ReleaseScheduled v1 → v2', () => {
  it('says its scheduledAt is when the prison service received it, and keeps the time', () => {
    const v1 = aReleaseScheduledV1(admission).data;
    expect(releaseScheduledV1toV2(v1)).toEqual({ ...v1, scheduledAtSource: 'time-of-receipt' });
  });
});
