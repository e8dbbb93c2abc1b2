import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { InvalidInput } from '@safeguard/domain';
import { Database } from '@safeguard/event-store';
import { Clock } from '@safeguard/platform';
import { aggregateIndicators } from './indicator-aggregates';
import { GetIndicatorsQuery } from './get-indicators.query';
import { IndicatorsReport } from './indicators.view';

@ApiTags('indicators')
@Controller('indicators')
export class GetIndicatorsController {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get()
  @Allow('oversight-monitor', 'integrator')
  @ApiOperation({
    summary: 'Oversight indicators: overall, by prison and by period of arrest',
    description: 'Aggregates only, no names. People are counted in the cohort of their first arrest; from/to filter on its time.',
  })
  @ApiOkResponse({ type: IndicatorsReport })
  async get(@Query() query: GetIndicatorsQuery): Promise<IndicatorsReport> {
    if (query.from && query.to && Date.parse(query.from) > Date.parse(query.to)) {
      throw new InvalidInput('INDICATORS.INVALID', [{ field: 'to', message: 'must not be before from' }]);
    }
    const generatedAt = this.clock.now().toISOString();
    // One transaction: the three views are of the same moment.
    return this.db.transaction(async (sql) => {
      const [[overall], byFacility, byPeriod] = [
        await aggregateIndicators(sql, query, 'overall'),
        await aggregateIndicators(sql, query, 'facility'),
        await aggregateIndicators(sql, query, 'period'),
      ];
      const { key: _overall, ...figures } = overall;
      return {
        generatedAt,
        filters: { facility: query.facility ?? null, province: query.province ?? null, from: query.from ?? null, to: query.to ?? null, period: query.period ?? 'month' },
        overall: figures,
        byFacility: byFacility.map(({ key, ...f }) => ({ facilityId: key!, ...f })),
        byPeriod: byPeriod.map(({ key, ...f }) => ({ period: key!, ...f })),
      };
    });
  }
}
