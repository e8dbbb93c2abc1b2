import type { Principal } from '@safeguard/auth';
import { NotFound } from '@safeguard/domain';
import { loadState, type EventStore } from '@safeguard/event-store';
import { custodyStreamId, evolveCustody, initialCustodyState } from './custody.state';

/**
 * A facility's officers see the custodies it holds now, unless their scope is wider. Another
 * facility's custody answers exactly as a missing one would. Returns quietly when the custody
 * does not exist: the decision then refuses the command.
 */
export async function assertCustodyVisible(store: EventStore, custodyId: string, principal: Principal): Promise<void> {
  if (principal.scope === 'all') return;
  const loaded = await loadState(store, custodyStreamId(custodyId), { evolve: evolveCustody, initialState: initialCustodyState });
  if (loaded && loaded.state.status !== 'not-admitted' && loaded.state.facilityId !== principal.unitId) throw custodyNotFound(custodyId);
}

export function custodyNotFound(custodyId: string): NotFound {
  return new NotFound('CUSTODY.NOT_FOUND', `no custody ${custodyId}`);
}
