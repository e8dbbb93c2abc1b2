import type { ArrestEvent, ArrestMadeData, DependantsScreeningRecordedData, EventEnvelope } from '@safeguard/contracts';

/** The arrest record police software reads back: every fact as recorded, newest version first. */
export interface ArrestRecordView {
  readonly arrestId: string;
  readonly version: number;
  readonly arrest: ArrestMadeData;
  readonly dependantsScreenings: readonly DependantsScreeningRecordedData[];
  readonly lastRecordedAt: string;
}

export function arrestRecordView(events: readonly EventEnvelope[]): ArrestRecordView | null {
  return events.reduce<ArrestRecordView | null>((view, envelope) => {
    const next = applyFact(view, { type: envelope.type, data: envelope.data } as ArrestEvent);
    return next && { ...next, version: envelope.streamPosition, lastRecordedAt: envelope.recordedAt };
  }, null);
}

function applyFact(view: ArrestRecordView | null, event: ArrestEvent): ArrestRecordView | null {
  switch (event.type) {
    case 'ArrestMade':
      return { arrestId: event.data.arrestId, version: 0, arrest: event.data, dependantsScreenings: [], lastRecordedAt: '' };
    case 'DependantsScreeningRecorded':
      return view && { ...view, dependantsScreenings: [...view.dependantsScreenings, event.data] };
    default: {
      const _exhaustive: never = event;
      return view;
    }
  }
}
