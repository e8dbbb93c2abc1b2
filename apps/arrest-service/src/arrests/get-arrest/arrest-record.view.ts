import type {
  ArrestEvent,
  ArrestMadeData,
  ArrestRecordCorrectedData,
  CareArrangementMadeData,
  ChildGivenExplanationData,
  DependantsScreeningRecordedData,
  EventEnvelope,
  FamilyContactGivenData,
} from '@safeguard/contracts';

export type CustodyStep = { readonly type: ArrestEvent['type']; readonly at: string; readonly details: Record<string, unknown> };

/**
 * The arrest record police software reads back. `arrest` shows the current values, corrections
 * applied; the original values stay in `corrections` and in the history.
 */
export interface ArrestRecordView {
  readonly arrestId: string;
  readonly version: number;
  readonly status: 'arrested' | 'in-police-custody' | 'released' | 'transferred-to-prison';
  readonly arrest: ArrestMadeData;
  readonly dependantsScreenings: readonly DependantsScreeningRecordedData[];
  readonly careArrangements: readonly CareArrangementMadeData[];
  readonly familyContacts: readonly FamilyContactGivenData[];
  readonly childExplanations: readonly ChildGivenExplanationData[];
  readonly custody: readonly CustodyStep[];
  readonly corrections: readonly ArrestRecordCorrectedData[];
  readonly lastRecordedAt: string;
}

export function arrestRecordView(events: readonly EventEnvelope[]): ArrestRecordView | null {
  return events.reduce<ArrestRecordView | null>((view, envelope) => {
    const next = applyFact(view, { type: envelope.type, data: envelope.data } as ArrestEvent);
    return next && { ...next, version: envelope.streamPosition, lastRecordedAt: envelope.recordedAt };
  }, null);
}

function applyFact(view: ArrestRecordView | null, event: ArrestEvent): ArrestRecordView | null {
  if (event.type === 'ArrestMade') {
    return {
      arrestId: event.data.arrestId,
      version: 0,
      status: 'arrested',
      arrest: event.data,
      dependantsScreenings: [],
      careArrangements: [],
      familyContacts: [],
      childExplanations: [],
      custody: [],
      corrections: [],
      lastRecordedAt: '',
    };
  }
  if (!view) return view;
  const step = (at: string, status: ArrestRecordView['status'] = view.status): ArrestRecordView => {
    const { arrestId: _a, personId: _p, ...details } = event.data as unknown as Record<string, unknown>;
    return { ...view, status, custody: [...view.custody, { type: event.type, at, details }] };
  };
  switch (event.type) {
    case 'DependantsScreeningRecorded':
      return { ...view, dependantsScreenings: [...view.dependantsScreenings, event.data] };
    case 'CareArrangementMade':
      return { ...view, careArrangements: [...view.careArrangements, event.data] };
    case 'FamilyContactGiven':
      return { ...view, familyContacts: [...view.familyContacts, event.data] };
    case 'ChildGivenExplanation':
      return { ...view, childExplanations: [...view.childExplanations, event.data] };
    case 'TakenIntoPoliceCustody':
      return step(event.data.custodyAt, 'in-police-custody');
    case 'BroughtBeforeJudicialAuthority':
      return step(event.data.broughtAt);
    case 'PoliceCustodyExtended':
      return step(event.data.authorisedAt);
    case 'ReleasedWithoutCharge':
    case 'ReleasedOnPoliceBail':
    case 'ReleasedOnJudicialOrder':
      return step(event.data.releasedAt, 'released');
    case 'ConsularContactOffered':
      return step(event.data.offeredAt);
    case 'CaseFileHandedToProsecutor':
      return step(event.data.handedAt);
    case 'TransferredToPrison':
      return step(event.data.transferredAt, 'transferred-to-prison');
    case 'ArrestRecordCorrected':
      return { ...view, arrest: withCorrection(view.arrest, event.data), corrections: [...view.corrections, event.data] };
    default: {
      const _exhaustive: never = event;
      return view;
    }
  }
}

function withCorrection(arrest: ArrestMadeData, correction: ArrestRecordCorrectedData): ArrestMadeData {
  const [head, leaf] = correction.field.split('.') as [string, string | undefined];
  if (leaf === undefined) return { ...arrest, [head]: correction.correctedValue };
  const parent = arrest[head as 'person' | 'suspectedOffence'];
  return { ...arrest, [head]: { ...parent, [leaf]: correction.correctedValue } };
}
