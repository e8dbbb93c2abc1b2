import type { LegalStatus, PrisonEvent, ReleaseReason } from '@safeguard/contracts';

/** A person's custody in the prison system as the prison's decisions need it, rebuilt from its stream. */
export type CustodyState = NotAdmitted | Held | OnHomeLeave | Released;

export interface NotAdmitted {
  readonly status: 'not-admitted';
}

export interface CustodyFacts {
  readonly custodyId: string;
  readonly personId: string;
  /** Where she is held now; transfers move it. Facility officers see their own facility's custodies. */
  readonly facilityId: string;
  readonly admittedAt: string;
  readonly legalStatus: LegalStatus;
  readonly nationality: string;
  readonly childrenRecordedAt: string | null;
  /** Children the prison knows of: recorded at admission, admitted with her or born in custody. */
  readonly knownChildIds: readonly string[];
  /** Children living in prison with her now. */
  readonly childrenInPrison: readonly { readonly childId: string; readonly since: string }[];
  readonly releaseScheduled: { readonly releaseOn: string; readonly reason: ReleaseReason } | null;
  /** Medical events of her children outside prison, so the record that she was told can name one. */
  readonly childMedicalEvents: readonly { readonly medicalEventId: string; readonly childId: string; readonly occurredAt: string }[];
}

export interface Held extends CustodyFacts {
  readonly status: 'held';
}

export interface OnHomeLeave extends CustodyFacts {
  readonly status: 'on-home-leave';
  readonly leaveUntil: string;
}

export interface Released extends CustodyFacts {
  readonly status: 'released';
  readonly releasedAt: string;
}

export type AdmittedCustody = Exclude<CustodyState, NotAdmitted>;

export const initialCustodyState: CustodyState = { status: 'not-admitted' };

function withChild(ids: readonly string[], childId: string): readonly string[] {
  return ids.includes(childId) ? ids : [...ids, childId];
}

export function evolveCustody(state: CustodyState, event: PrisonEvent): CustodyState {
  if (event.type === 'PersonAdmitted') {
    const d = event.data;
    return {
      status: 'held',
      custodyId: d.custodyId,
      personId: d.personId,
      facilityId: d.facilityId,
      admittedAt: d.admittedAt,
      legalStatus: d.legalStatus,
      nationality: d.nationality,
      childrenRecordedAt: null,
      knownChildIds: [],
      childrenInPrison: [],
      releaseScheduled: null,
      childMedicalEvents: [],
    };
  }
  if (state.status === 'not-admitted') return state;
  switch (event.type) {
    case 'ChildrenRecordedAtAdmission':
      return {
        ...state,
        childrenRecordedAt: state.childrenRecordedAt ?? event.data.recordedAt,
        knownChildIds: event.data.children.reduce((ids, c) => withChild(ids, c.childId), state.knownChildIds),
      };
    case 'ChildAdmittedWithParent':
      return {
        ...state,
        knownChildIds: withChild(state.knownChildIds, event.data.childId),
        childrenInPrison: [...state.childrenInPrison, { childId: event.data.childId, since: event.data.admittedAt }],
      };
    case 'ChildBornInCustody':
      return {
        ...state,
        knownChildIds: withChild(state.knownChildIds, event.data.childId),
        childrenInPrison: [...state.childrenInPrison, { childId: event.data.childId, since: event.data.bornAt }],
      };
    case 'ChildLeftPrison':
      return { ...state, childrenInPrison: state.childrenInPrison.filter((c) => c.childId !== event.data.childId) };
    case 'PrisonerTransferred':
      return { ...state, facilityId: event.data.toFacilityId };
    case 'ReleaseScheduled':
      return { ...state, releaseScheduled: { releaseOn: event.data.releaseOn, reason: event.data.reason } };
    case 'HomeLeaveGranted':
      return { ...state, status: 'on-home-leave', leaveUntil: event.data.leaveUntil };
    case 'ReturnedFromHomeLeave':
      return { ...state, status: 'held' };
    case 'PersonReleased':
      return { ...state, status: 'released', releasedAt: event.data.releasedAt, childrenInPrison: [] };
    case 'ChildMedicalEventRecorded': {
      const { medicalEventId, childId, occurredAt } = event.data;
      return { ...state, childMedicalEvents: [...state.childMedicalEvents, { medicalEventId, childId, occurredAt }] };
    }
    case 'ChildAssessed':
    case 'PregnancyRecorded':
    case 'VisitTookPlace':
    case 'PhoneCallMade':
    case 'FamilyNotified':
    case 'MedicalEventRecorded':
    case 'ParentToldOfChildMedicalEvent':
    case 'ConsularContactRecorded':
    case 'DisciplinarySanctionImposed':
      // Kept in the record and published for the safeguards; no prison decision depends on them.
      return state;
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** Names, not strings: the stream a custody's facts live on. */
export function custodyStreamId(custodyId: string): string {
  return `custody-${custodyId}`;
}
