import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@safeguard/auth';
import { NotFound } from '@safeguard/domain';
import { EventStore } from '@safeguard/event-store';
import { StreamVisibility } from '@safeguard/platform';

/**
 * A court's clerks and judges see the cases their court opened, unless their scope is wider:
 * the court is the unit of the credential that recorded CaseOpened (the case list keeps the
 * same, for listing). Another court's case answers exactly as a missing one would, so ids cannot
 * be probed. A case not opened yet passes: the decision then refuses the command, and a read
 * answers 404.
 */
@Injectable()
export class CaseVisibility extends StreamVisibility {
  constructor(@Inject(EventStore) private readonly store: EventStore) {
    super();
  }

  async assertVisible(streamId: string, principal: Principal): Promise<void> {
    if (principal.scope === 'all') return;
    const rows = await this.store.db.query<{ unit: string | null; case_id: string }>(
      `SELECT actor->>'unitId' AS unit, data->>'caseId' AS case_id FROM "${this.store.options.schema}".events WHERE stream_id = $1 AND stream_position = 1`,
      [streamId],
    );
    if (rows.length > 0 && rows[0].unit !== principal.unitId) throw caseNotFound(rows[0].case_id);
  }
}

export function caseNotFound(caseId: string): NotFound {
  return new NotFound('CASE.NOT_FOUND', `no case ${caseId}`);
}
