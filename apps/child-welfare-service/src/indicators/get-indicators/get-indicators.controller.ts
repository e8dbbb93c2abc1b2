import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { GetIndicatorsQuery } from './get-indicators.query';
import { IndicatorsReport } from './indicators.view';
import { IndicatorsReportQuery } from './get-indicators.handler';

@ApiTags('indicators')
@Controller('indicators')
export class GetIndicatorsController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @Allow('oversight-monitor', 'integrator')
  @ApiOperation({
    summary: 'Oversight indicators: overall, by prison and by period of arrest',
    description: 'Aggregates only, no names. People are counted in the cohort of their first arrest; from/to filter on its time.',
  })
  @ApiOkResponse({ type: IndicatorsReport })
  get(@Query() filter: GetIndicatorsQuery): Promise<IndicatorsReport> {
    return this.bus.execute(new IndicatorsReportQuery(filter));
  }
}
