import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@safeguard/auth';
import { NotFound } from '@safeguard/domain';
import { Database } from '@safeguard/event-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A court's clerks and judges see the cases their court opened, unless their scope is wider:
 * the court is the unit of the credential that recorded CaseOpened, kept in the case list. Another
 * court's case answers exactly as a missing one would, so ids cannot be probed. Passes quietly
 * when the case does not exist (the decision then refuses the command) or the id is malformed
 * (the route's pipe answers 400). Set on every controller of a route under `cases/:caseId`.
 */
@Injectable()
export class CaseVisibleToCourt implements CanActivate {
  constructor(@Inject(Database) private readonly db: Database) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ principal?: Principal; params: Record<string, string | undefined> }>();
    const caseId = request.params.caseId;
    const principal = request.principal;
    if (!principal || principal.scope === 'all' || caseId === undefined || !UUID.test(caseId)) return true;
    const [row] = await this.db.query<{ court_unit_id: string | null }>(`SELECT court_unit_id FROM court.case_list WHERE case_id = $1`, [caseId]);
    if (row && row.court_unit_id !== principal.unitId) throw caseNotFound(caseId);
    return true;
  }
}

export function caseNotFound(caseId: string): NotFound {
  return new NotFound('CASE.NOT_FOUND', `no case ${caseId}`);
}
