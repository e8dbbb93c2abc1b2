import type { DomainEvent } from '@safeguard/contracts';

/**
 * The shape of every write-side use case: a pure decision and a pure fold, no framework, no
 * database and no clock (time arrives on the command).
 */
export interface Decider<Command, State, Event extends DomainEvent> {
  readonly initialState: State;
  readonly decide: (command: Command, state: State) => readonly Event[];
  readonly evolve: (state: State, event: Event) => State;
}

export function fold<State, Event>(evolve: (s: State, e: Event) => State, initial: State, events: readonly Event[]): State {
  return events.reduce(evolve, initial);
}
