import type {
  ChildAdmittedWithParentData,
  ChildAssessedData,
  ChildBornInCustodyData,
  ChildLeftPrisonData,
  ChildrenRecordedAtAdmissionData,
  EventEnvelope,
  PersonAdmittedData,
  PregnancyRecordedData,
  PrisonEvent,
} from '@safeguard/contracts';

/** How a child came to live in prison with her. */
export type ChildArrival =
  ({ readonly how: 'admitted-with-her' } & ChildAdmittedWithParentData) | ({ readonly how: 'born-in-custody' } & ChildBornInCustodyData);

/** One stay of a child in prison with her, with the child's assessments; `departure` is null while the child lives there. */
export interface ChildInPrisonView {
  readonly childId: string;
  readonly since: string;
  readonly arrival: ChildArrival;
  readonly assessments: readonly ChildAssessedData[];
  readonly departure: ChildLeftPrisonData | null;
}

type ChildFact =
  'ChildrenRecordedAtAdmission' | 'ChildAdmittedWithParent' | 'ChildAssessed' | 'ChildLeftPrison' | 'PregnancyRecorded' | 'ChildBornInCustody';
type TimelineFact = Exclude<PrisonEvent, { type: 'PersonAdmitted' | ChildFact }>;

/** A fact of her contact with the outside, her health, her movements or her discipline, at the time it happened. */
export type TimelineEntry = TimelineFact & { readonly occurredAt: string };

/**
 * The custody record prison officers and monitors read back, folded from the custody's stream
 * only. `childrenAtAdmission` is her latest answer; the earlier ones stay in the history. A
 * child still in `childrenInPrison` without a departure when she is released left with her.
 */
export interface CustodyRecordView {
  readonly custodyId: string;
  readonly version: number;
  readonly status: 'held' | 'on-home-leave' | 'released';
  readonly admission: PersonAdmittedData;
  /** Where she is held now: the admitting facility until a transfer moves her. */
  readonly facilityId: string;
  readonly childrenAtAdmission: ChildrenRecordedAtAdmissionData | null;
  readonly childrenInPrison: readonly ChildInPrisonView[];
  readonly pregnancies: readonly PregnancyRecordedData[];
  readonly births: readonly ChildBornInCustodyData[];
  readonly timeline: readonly TimelineEntry[];
  readonly lastRecordedAt: string;
}

export function custodyRecordView(events: readonly EventEnvelope[]): CustodyRecordView | null {
  return events.reduce<CustodyRecordView | null>((view, envelope) => {
    const next = applyFact(view, { type: envelope.type, data: envelope.data } as PrisonEvent, envelope.occurredAt);
    return next && { ...next, version: envelope.streamPosition, lastRecordedAt: envelope.recordedAt };
  }, null);
}

function applyFact(view: CustodyRecordView | null, event: PrisonEvent, occurredAt: string): CustodyRecordView | null {
  if (event.type === 'PersonAdmitted') {
    return {
      custodyId: event.data.custodyId,
      version: 0,
      status: 'held',
      admission: event.data,
      facilityId: event.data.facilityId,
      childrenAtAdmission: null,
      childrenInPrison: [],
      pregnancies: [],
      births: [],
      timeline: [],
      lastRecordedAt: '',
    };
  }
  if (!view) return view;
  switch (event.type) {
    case 'ChildrenRecordedAtAdmission':
      return { ...view, childrenAtAdmission: event.data };
    case 'ChildAdmittedWithParent':
      return withArrival(view, { how: 'admitted-with-her', ...event.data }, event.data.admittedAt);
    case 'ChildBornInCustody':
      return { ...withArrival(view, { how: 'born-in-custody', ...event.data }, event.data.bornAt), births: [...view.births, event.data] };
    case 'ChildAssessed': {
      const assessment = event.data;
      return withStay(view, assessment.childId, (stay) => ({ ...stay, assessments: [...stay.assessments, assessment] }));
    }
    case 'ChildLeftPrison': {
      const departure = event.data;
      return withStay(view, departure.childId, (stay) => ({ ...stay, departure }));
    }
    case 'PregnancyRecorded':
      return { ...view, pregnancies: [...view.pregnancies, event.data] };
    case 'PrisonerTransferred':
      return { ...onTimeline(view, event, occurredAt), facilityId: event.data.toFacilityId };
    case 'HomeLeaveGranted':
      return { ...onTimeline(view, event, occurredAt), status: 'on-home-leave' };
    case 'ReturnedFromHomeLeave':
      return { ...onTimeline(view, event, occurredAt), status: 'held' };
    case 'PersonReleased':
      return { ...onTimeline(view, event, occurredAt), status: 'released' };
    case 'ReleaseScheduled':
    case 'VisitTookPlace':
    case 'PhoneCallMade':
    case 'FamilyNotified':
    case 'MedicalEventRecorded':
    case 'ChildMedicalEventRecorded':
    case 'ParentToldOfChildMedicalEvent':
    case 'ConsularContactRecorded':
    case 'DisciplinarySanctionImposed':
      return onTimeline(view, event, occurredAt);
    default: {
      const _exhaustive: never = event;
      return view;
    }
  }
}

function withArrival(view: CustodyRecordView, arrival: ChildArrival, since: string): CustodyRecordView {
  return { ...view, childrenInPrison: [...view.childrenInPrison, { childId: arrival.childId, since, arrival, assessments: [], departure: null }] };
}

/** Changes the child's current stay: a child who left and came back has one stay per time. */
function withStay(view: CustodyRecordView, childId: string, change: (stay: ChildInPrisonView) => ChildInPrisonView): CustodyRecordView {
  return { ...view, childrenInPrison: view.childrenInPrison.map((s) => (s.childId === childId && s.departure === null ? change(s) : s)) };
}

function onTimeline(view: CustodyRecordView, event: TimelineFact, occurredAt: string): CustodyRecordView {
  return { ...view, timeline: [...view.timeline, { ...event, occurredAt }] };
}
