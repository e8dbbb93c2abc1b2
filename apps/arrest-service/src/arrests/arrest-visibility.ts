import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@safeguard/auth';
import { NotFound } from '@safeguard/domain';
import { EventStore } from '@safeguard/event-store';
import { StreamVisibility } from '@safeguard/platform';

/**
 * A police unit sees its own arrests only, unless its credential's scope is wider: the unit is
 * the arresting unit of the arrest's first event. Another unit's arrest answers exactly as a
 * missing one would, so ids cannot be probed. An arrest not recorded yet passes: the decision
 * then refuses the command, and a read answers 404.
 */
@Injectable()
export class ArrestVisibility extends StreamVisibility {
  constructor(@Inject(EventStore) private readonly store: EventStore) {
    super();
  }

  async assertVisible(streamId: string, principal: Principal): Promise<void> {
    if (principal.scope === 'all') return;
    const rows = await this.store.db.query<{ unit: string; arrest_id: string }>(
      `SELECT data->'arrestingUnit'->>'unitId' AS unit, data->>'arrestId' AS arrest_id FROM "${this.store.options.schema}".events WHERE stream_id = $1 AND stream_position = 1`,
      [streamId],
    );
    if (rows.length > 0 && rows[0].unit !== principal.unitId) throw arrestNotFound(rows[0].arrest_id);
  }
}

export function arrestNotFound(arrestId: string): NotFound {
  return new NotFound('ARREST.NOT_FOUND', `no arrest ${arrestId}`);
}
