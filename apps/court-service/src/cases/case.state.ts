import type { Charge, CourtEvent, HearingKind, PretrialOutcome } from '@safeguard/contracts';

/** A criminal case as the court's decisions need it, rebuilt from its stream. */
export type CaseState = NoCase | OpenCase | ClosedCase;

export interface NoCase {
  readonly status: 'no-case';
}

export interface CaseFacts {
  readonly caseId: string;
  readonly caseReference: string;
  readonly personId: string;
  readonly openedAt: string;
  readonly charges: readonly Charge[];
  readonly pretrial: { readonly outcome: PretrialOutcome; readonly decidedAt: string; readonly detentionUntil: string | null } | null;
  readonly hearings: readonly { readonly hearingId: string; readonly kind: HearingKind; readonly hearingAt: string }[];
  readonly verdict: { readonly deliveredAt: string; readonly convictedChargeIds: readonly string[] } | null;
  readonly sentence: { readonly imposedAt: string; readonly custodialMonths: number; readonly suspendedMonths: number } | null;
  readonly appeals: readonly { readonly appealId: string; readonly filedAt: string; readonly decided: boolean }[];
}

export interface OpenCase extends CaseFacts {
  readonly status: 'open';
}

export interface ClosedCase extends CaseFacts {
  readonly status: 'closed';
  readonly closedAt: string;
}

export const initialCaseState: CaseState = { status: 'no-case' };

export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
}

export function evolveCase(state: CaseState, event: CourtEvent): CaseState {
  if (event.type === 'CaseOpened') {
    const d = event.data;
    return {
      status: 'open',
      caseId: d.caseId,
      caseReference: d.caseReference,
      personId: d.personId,
      openedAt: d.openedAt,
      charges: d.charges,
      pretrial: null,
      hearings: [],
      verdict: null,
      sentence: null,
      appeals: [],
    };
  }
  if (state.status === 'no-case') return state;
  switch (event.type) {
    case 'PretrialDecisionMade': {
      const d = event.data;
      const until = d.outcome === 'detention' && d.detentionMonths !== null ? addMonths(d.decidedAt, d.detentionMonths) : null;
      return { ...state, pretrial: { outcome: d.outcome, decidedAt: d.decidedAt, detentionUntil: until } };
    }
    case 'PretrialDetentionExtended':
      return state.pretrial ? { ...state, pretrial: { ...state.pretrial, detentionUntil: event.data.until } } : state;
    case 'HearingScheduled':
      return { ...state, hearings: [...state.hearings, { hearingId: event.data.hearingId, kind: event.data.kind, hearingAt: event.data.hearingAt }] };
    case 'VerdictDelivered':
      return {
        ...state,
        verdict: {
          deliveredAt: event.data.deliveredAt,
          convictedChargeIds: event.data.findings.filter((f) => f.outcome === 'convicted').map((f) => f.chargeId),
        },
      };
    case 'SentenceImposed':
      return {
        ...state,
        sentence: { imposedAt: event.data.imposedAt, custodialMonths: event.data.custodialMonths, suspendedMonths: event.data.suspendedMonths },
      };
    case 'AppealFiled':
      return { ...state, appeals: [...state.appeals, { appealId: event.data.appealId, filedAt: event.data.filedAt, decided: false }] };
    case 'AppealDecided':
      return { ...state, appeals: state.appeals.map((a) => (a.appealId === event.data.appealId ? { ...a, decided: true } : a)) };
    case 'CaseClosed':
      return { ...state, status: 'closed', closedAt: event.data.closedAt };
    case 'LegalRepresentationRecorded':
    case 'FamilyNotifiedOfHearing':
    case 'ClemencyGranted':
      // Kept in the record and published for the safeguards; no court decision depends on them.
      return state;
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** Names, not strings: the stream a case's facts live on. */
export function caseStreamId(caseId: string): string {
  return `case-${caseId}`;
}
