import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@safeguard/auth';
import { NotFound } from '@safeguard/domain';
import { EventStore, loadState } from '@safeguard/event-store';
import { StreamVisibility } from '@safeguard/platform';
import { evolveCustody, initialCustodyState } from './custody.state';

/**
 * A facility's officers see the custodies it holds now, unless their scope is wider: after a
 * transfer the sending facility no longer sees her (its retry of the transfer still gets its
 * first answer: the pipeline asks only when it is about to decide). Another facility's custody
 * answers exactly as a missing one would. A custody not admitted yet passes: the decision then
 * refuses the command, and a read answers 404.
 */
@Injectable()
export class CustodyVisibility extends StreamVisibility {
  constructor(@Inject(EventStore) private readonly store: EventStore) {
    super();
  }

  async assertVisible(streamId: string, principal: Principal): Promise<void> {
    if (principal.scope === 'all') return;
    const loaded = await loadState(this.store, streamId, { evolve: evolveCustody, initialState: initialCustodyState });
    if (loaded && loaded.state.status !== 'not-admitted' && loaded.state.facilityId !== principal.unitId)
      throw custodyNotFound(loaded.state.custodyId);
  }
}

export function custodyNotFound(custodyId: string): NotFound {
  return new NotFound('CUSTODY.NOT_FOUND', `no custody ${custodyId}`);
}
