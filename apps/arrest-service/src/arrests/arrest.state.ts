import type { ArrestEvent, DependantsAnswer } from '@safeguard/contracts';

/**
 * The arrest as the police see it, rebuilt from its stream: where the person is in the custody
 * sequence, and what the decisions need to know about her children.
 */
export type ArrestState = NotRecorded | AtLibertyAfterArrest | InPoliceCustody | Released | TransferredToPrison;

export interface NotRecorded {
  readonly status: 'not-recorded';
}

/** What every recorded arrest knows, whatever its custody status. */
export interface ArrestFacts {
  readonly arrestId: string;
  readonly personId: string;
  readonly unitId: string;
  readonly arrestedAt: string;
  readonly childrenPresent: number;
  readonly screenings: readonly { readonly askedAt: string; readonly answer: DependantsAnswer }[];
  /** Children recorded with her consent, by id: care arrangements and explanations refer to them. */
  readonly childIds: readonly string[];
  /** When she was taken into police custody, once she was. */
  readonly custodyAt: string | null;
  readonly caseFileHandedAt: string | null;
}

/** Arrested, not (yet) held in a police station. */
export interface AtLibertyAfterArrest extends ArrestFacts {
  readonly status: 'arrested';
}

export interface InPoliceCustody extends ArrestFacts {
  readonly status: 'in-police-custody';
  readonly custodyAt: string;
}

export interface Released extends ArrestFacts {
  readonly status: 'released';
  readonly releasedAt: string;
  readonly release: 'without-charge' | 'on-police-bail' | 'on-judicial-order';
}

export interface TransferredToPrison extends ArrestFacts {
  readonly status: 'transferred-to-prison';
  readonly transferredAt: string;
}

export type RecordedArrest = Exclude<ArrestState, NotRecorded>;

export const initialArrestState: ArrestState = { status: 'not-recorded' };

export function evolveArrest(state: ArrestState, event: ArrestEvent): ArrestState {
  if (event.type === 'ArrestMade') {
    return {
      status: 'arrested',
      arrestId: event.data.arrestId,
      personId: event.data.person.personId,
      unitId: event.data.arrestingUnit.unitId,
      arrestedAt: event.data.arrestedAt,
      childrenPresent: event.data.circumstances.childrenPresent,
      screenings: [],
      childIds: [],
      custodyAt: null,
      caseFileHandedAt: null,
    };
  }
  if (state.status === 'not-recorded') return state;
  switch (event.type) {
    case 'DependantsScreeningRecorded': {
      const newChildren = event.data.children.map((c) => c.childId).filter((id) => !state.childIds.includes(id));
      return {
        ...state,
        screenings: [...state.screenings, { askedAt: event.data.askedAt, answer: event.data.answer }],
        childIds: [...state.childIds, ...newChildren],
      };
    }
    case 'TakenIntoPoliceCustody':
      return { ...state, status: 'in-police-custody', custodyAt: event.data.custodyAt };
    case 'ReleasedWithoutCharge':
      return { ...state, status: 'released', releasedAt: event.data.releasedAt, release: 'without-charge' };
    case 'ReleasedOnPoliceBail':
      return { ...state, status: 'released', releasedAt: event.data.releasedAt, release: 'on-police-bail' };
    case 'ReleasedOnJudicialOrder':
      return { ...state, status: 'released', releasedAt: event.data.releasedAt, release: 'on-judicial-order' };
    case 'TransferredToPrison':
      return { ...state, status: 'transferred-to-prison', transferredAt: event.data.transferredAt };
    case 'CaseFileHandedToProsecutor':
      return { ...state, caseFileHandedAt: event.data.handedAt };
    case 'CareArrangementMade':
    case 'FamilyContactGiven':
    case 'ChildGivenExplanation':
    case 'BroughtBeforeJudicialAuthority':
    case 'PoliceCustodyExtended':
    case 'ConsularContactOffered':
    case 'ArrestRecordCorrected':
      // Facts the record keeps (see arrest-record.view.ts) that no police decision depends on.
      return state;
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
