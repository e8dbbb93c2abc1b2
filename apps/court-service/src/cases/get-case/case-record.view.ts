import type {
  AppealDecidedData,
  AppealFiledData,
  CaseClosedData,
  CaseOpenedData,
  Charge,
  ClemencyGrantedData,
  CourtEvent,
  EventEnvelope,
  FamilyNotifiedOfHearingData,
  HearingScheduledData,
  LegalRepresentationRecordedData,
  PretrialDecisionMadeData,
  PretrialDetentionExtendedData,
  SentenceImposedData,
  VerdictDeliveredData,
} from '@safeguard/contracts';

export interface HearingView extends HearingScheduledData {
  /** Whom in her family the court told of this hearing, and how. */
  readonly familyNotifications: readonly FamilyNotifiedOfHearingData[];
}

export interface AppealView extends AppealFiledData {
  readonly decision: AppealDecidedData | null;
}

/**
 * The case record court registries and monitors read back, folded from the case's stream only.
 * `lawyer` is the latest representation recorded; the earlier ones stay in the history.
 */
export interface CaseRecordView {
  readonly caseId: string;
  readonly version: number;
  readonly status: 'open' | 'closed';
  readonly case: Omit<CaseOpenedData, 'charges'>;
  readonly charges: readonly Charge[];
  readonly lawyer: LegalRepresentationRecordedData | null;
  readonly pretrial: { readonly decisions: readonly PretrialDecisionMadeData[]; readonly extensions: readonly PretrialDetentionExtendedData[] };
  readonly hearings: readonly HearingView[];
  readonly verdict: VerdictDeliveredData | null;
  readonly sentence: SentenceImposedData | null;
  readonly appeals: readonly AppealView[];
  readonly clemency: readonly ClemencyGrantedData[];
  readonly closed: CaseClosedData | null;
  readonly lastRecordedAt: string;
}

export function caseRecordView(events: readonly EventEnvelope[]): CaseRecordView | null {
  return events.reduce<CaseRecordView | null>((view, envelope) => {
    const next = applyFact(view, { type: envelope.type, data: envelope.data } as CourtEvent);
    return next && { ...next, version: envelope.streamPosition, lastRecordedAt: envelope.recordedAt };
  }, null);
}

function applyFact(view: CaseRecordView | null, event: CourtEvent): CaseRecordView | null {
  if (event.type === 'CaseOpened') {
    const { charges, ...opened } = event.data;
    return {
      caseId: opened.caseId,
      version: 0,
      status: 'open',
      case: opened,
      charges,
      lawyer: null,
      pretrial: { decisions: [], extensions: [] },
      hearings: [],
      verdict: null,
      sentence: null,
      appeals: [],
      clemency: [],
      closed: null,
      lastRecordedAt: '',
    };
  }
  if (!view) return view;
  switch (event.type) {
    case 'LegalRepresentationRecorded':
      return { ...view, lawyer: event.data };
    case 'PretrialDecisionMade':
      return { ...view, pretrial: { ...view.pretrial, decisions: [...view.pretrial.decisions, event.data] } };
    case 'PretrialDetentionExtended':
      return { ...view, pretrial: { ...view.pretrial, extensions: [...view.pretrial.extensions, event.data] } };
    case 'HearingScheduled':
      return { ...view, hearings: [...view.hearings, { ...event.data, familyNotifications: [] }] };
    case 'FamilyNotifiedOfHearing': {
      const notice = event.data;
      return {
        ...view,
        hearings: view.hearings.map((h) =>
          h.hearingId === notice.hearingId ? { ...h, familyNotifications: [...h.familyNotifications, notice] } : h,
        ),
      };
    }
    case 'VerdictDelivered':
      return { ...view, verdict: event.data };
    case 'SentenceImposed':
      return { ...view, sentence: event.data };
    case 'AppealFiled':
      return { ...view, appeals: [...view.appeals, { ...event.data, decision: null }] };
    case 'AppealDecided': {
      const decision = event.data;
      return { ...view, appeals: view.appeals.map((a) => (a.appealId === decision.appealId ? { ...a, decision } : a)) };
    }
    case 'ClemencyGranted':
      return { ...view, clemency: [...view.clemency, event.data] };
    case 'CaseClosed':
      return { ...view, status: 'closed', closed: event.data };
    default: {
      const _exhaustive: never = event;
      return view;
    }
  }
}
