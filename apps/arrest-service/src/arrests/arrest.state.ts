import type { ArrestEvent, DependantsAnswer } from '@safeguard/contracts';

/** The arrest as the police see it, rebuilt from its stream. */
export type ArrestState = NotRecorded | Arrested;

export interface NotRecorded {
  readonly status: 'not-recorded';
}

export interface Arrested {
  readonly status: 'arrested';
  readonly arrestId: string;
  readonly personId: string;
  readonly unitId: string;
  readonly arrestedAt: string;
  readonly childrenPresent: number;
  readonly screenings: readonly { readonly askedAt: string; readonly answer: DependantsAnswer; readonly childIds: readonly string[] }[];
}

export const initialArrestState: ArrestState = { status: 'not-recorded' };

export function evolveArrest(state: ArrestState, event: ArrestEvent): ArrestState {
  switch (event.type) {
    case 'ArrestMade':
      return {
        status: 'arrested',
        arrestId: event.data.arrestId,
        personId: event.data.person.personId,
        unitId: event.data.arrestingUnit.unitId,
        arrestedAt: event.data.arrestedAt,
        childrenPresent: event.data.circumstances.childrenPresent,
        screenings: [],
      };
    case 'DependantsScreeningRecorded':
      if (state.status !== 'arrested') return state;
      return {
        ...state,
        screenings: [...state.screenings, { askedAt: event.data.askedAt, answer: event.data.answer, childIds: event.data.children.map((c) => c.childId) }],
      };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** Names, not strings: the stream an arrest's facts live on. */
export function arrestStreamId(arrestId: string): string {
  return `arrest-${arrestId}`;
}
