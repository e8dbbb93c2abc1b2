import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidInput } from '@safeguard/domain';
import { Database } from '@safeguard/event-store';
import { Clock } from '@safeguard/platform';
import { aggregateIndicators } from './indicator-aggregates';
import { GetIndicatorsQuery } from './get-indicators.query';
import { IndicatorsReport } from './indicators.view';

export class IndicatorsReportQuery extends Query<IndicatorsReport> {
  constructor(readonly filter: GetIndicatorsQuery) {
    super();
  }
}

/** The oversight indicators overall, by prison and by period, of one moment. */
@QueryHandler(IndicatorsReportQuery)
export class GetIndicatorsHandler implements IQueryHandler<IndicatorsReportQuery> {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute({ filter }: IndicatorsReportQuery): Promise<IndicatorsReport> {
    if (filter.from && filter.to && Date.parse(filter.from) > Date.parse(filter.to)) {
      throw new InvalidInput('INDICATORS.INVALID', [{ field: 'to', message: 'must not be before from' }]);
    }
    const generatedAt = this.clock.now().toISOString();
    // One transaction: the three views are of the same moment.
    return this.db.transaction(async (sql) => {
      const [[overall], byFacility, byPeriod] = [
        await aggregateIndicators(sql, filter, 'overall'),
        await aggregateIndicators(sql, filter, 'facility'),
        await aggregateIndicators(sql, filter, 'period'),
      ];
      const { key: _overall, ...figures } = overall;
      // The facility and period groupings leave null keys out (WHERE key IS NOT NULL): `?? ''` never applies.
      return {
        generatedAt,
        filters: {
          facility: filter.facility ?? null,
          province: filter.province ?? null,
          from: filter.from ?? null,
          to: filter.to ?? null,
          period: filter.period ?? 'month',
        },
        overall: figures,
        byFacility: byFacility.map(({ key, ...f }) => ({ facilityId: key ?? '', ...f })),
        byPeriod: byPeriod.map(({ key, ...f }) => ({ period: key ?? '', ...f })),
      };
    });
  }
}
