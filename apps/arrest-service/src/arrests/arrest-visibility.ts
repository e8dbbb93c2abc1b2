import type { Principal } from '@safeguard/auth';
import type { EventStore } from '@safeguard/event-store';
import { arrestStreamId } from './arrest.state';

/**
 * A police unit sees its own arrests only, unless its credential's scope is wider. Another
 * unit's arrest answers exactly as a missing one would, so ids cannot be probed.
 * Returns quietly when the arrest does not exist yet: the decision then refuses the command.
 */
export async function assertArrestVisible(store: EventStore, arrestId: string, principal: Principal): Promise<void> {
  if (principal.scope === 'all') return;
  const rows = await store.db.query<{ unit: string }>(
    `SELECT data->'arrestingUnit'->>'unitId' AS unit FROM "${store.options.schema}".events WHERE stream_id = $1 AND stream_position = 1`,
    [arrestStreamId(arrestId)],
  );
  if (rows.length > 0 && rows[0].unit !== principal.unitId) {
    throw arrestNotFound(arrestId);
  }
}

import { NotFound } from '@safeguard/domain';
export function arrestNotFound(arrestId: string): NotFound {
  return new NotFound('ARREST.NOT_FOUND', `no arrest ${arrestId}`);
}
