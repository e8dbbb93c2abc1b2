import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@safeguard/auth';
import { NotRateLimited } from './limits/rate-limit.guard';
import { ReadinessChecks } from './readiness-checks';

/** Not rate limited: an orchestrator probing a busy service must still hear that it is alive. */
@ApiTags('health')
@NotRateLimited()
@Controller('health')
export class HealthController {
  constructor(@Inject(ReadinessChecks) private readonly checks: ReadinessChecks) {}

  @Public()
  @Get('live')
  @ApiOperation({ summary: 'The process is up' })
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Public()
  @Get('ready')
  @ApiOperation({
    summary: "The database and, in Kafka mode, the broker answer; a service that follows other services' events has joined its consumer group",
  })
  async ready(): Promise<{ status: 'ready'; checks: Record<string, 'up'> }> {
    const results = await this.checks.probe();
    const report = Object.fromEntries(results);
    if (results.some(([, s]) => s !== 'up')) {
      throw new ServiceUnavailableException({
        message: 'not ready',
        code: 'HEALTH.NOT_READY',
        errors: results.map(([field, message]) => ({ field, message })),
      });
    }
    return { status: 'ready', checks: report as Record<string, 'up'> };
  }
}
