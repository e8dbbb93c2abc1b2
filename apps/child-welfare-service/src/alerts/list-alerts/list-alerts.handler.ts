import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@safeguard/domain';
import { Database } from '@safeguard/event-store';
import { Clock, ListQuery, pagedQuery, StreamQuery } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { inQueue, queueScopeOf } from '../agency-queue';
import { alertAsReadBy } from './alert-as-read-by';
import { type AlertView, toAlertView } from './alert.view';
import type { AlertPage, ListAlertsFilter } from './list-alerts.dto';

export class ListAlertsQuery extends ListQuery<ListAlertsFilter, AlertPage> {}
export class GetAlertQuery extends StreamQuery<AlertView> {}

const HOUR = 3_600_000;
const SEVERITY_ORDER = `CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`;

/** Alerts, most urgent first (severity, then longest overdue), as the caller's role may read them. */
@QueryHandler(ListAlertsQuery)
export class ListAlertsHandler implements IQueryHandler<ListAlertsQuery> {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  execute({ filter, principal }: ListAlertsQuery): Promise<AlertPage> {
    const queue = queueScopeOf(principal);
    return pagedQuery(this.db, {
      table: 'child_welfare.alerts',
      filters: [
        ['responsible_unit_id = $', queue.unitId],
        ['responsible_agency = $', queue.agency],
        ['rule_id = $', filter.ruleId],
        ['status = $', filter.status],
        // A withdrawn alert was never a miss: listed only when asked for by name.
        ['status <> $', filter.status === undefined ? 'withdrawn' : undefined],
        ['severity = $', filter.severity],
        ['responsible_agency = $', filter.agency],
        ['province = $', filter.province],
        ['person_id = $', filter.personId],
        ['responsible_unit_id = $', filter.facility],
        [
          'raised_at <= $',
          filter.minAgeHours === undefined ? undefined : new Date(this.clock.now().getTime() - filter.minAgeHours * HOUR).toISOString(),
        ],
        ['child_ids @> $', filter.childId === undefined ? undefined : JSON.stringify([filter.childId])],
      ],
      orderBy: `${SEVERITY_ORDER}, due_at ASC, alert_id`,
      limit: filter.limit ?? 50,
      offset: filter.offset ?? 0,
      toItem: (row) => alertAsReadBy(principal.role, toAlertView(row, this.units)),
    });
  }
}

/** One alert from the alert list (its row carries the stream version, the ETag), as the caller's role may read it. */
@QueryHandler(GetAlertQuery)
export class GetAlertHandler implements IQueryHandler<GetAlertQuery> {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  async execute({ id, principal }: GetAlertQuery): Promise<AlertView> {
    const row = (await this.db.query(`SELECT * FROM child_welfare.alerts WHERE alert_id = $1`, [id])).at(0);
    const alert = row ? toAlertView(row, this.units) : undefined;
    // Another unit's alert is not in this caller's queue: as if there were none.
    if (!alert || !inQueue(queueScopeOf(principal), alert)) throw new NotFound('ALERT.NOT_FOUND', `no alert ${id}`);
    return alertAsReadBy(principal.role, alert);
  }
}
