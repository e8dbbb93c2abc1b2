import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@safeguard/auth';
import { NotRateLimited } from './limits/rate-limit.guard';

/** Something a service needs to do its work: the database, the broker. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

/**
 * What `/health/ready` asks. The database and the broker are known when the process starts; a
 * module that follows other services' events adds its consumer-group check when it is built.
 */
export class ReadinessChecks {
  private readonly checks: ReadinessCheck[];

  constructor(initial: readonly ReadinessCheck[]) {
    this.checks = [...initial];
  }

  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  list(): readonly ReadinessCheck[] {
    return this.checks;
  }
}

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
    const results = await Promise.all(
      this.checks.list().map(async (c) => {
        try {
          await withTimeout(c.check(), 3_000);
          return [c.name, 'up'] as const;
        } catch (error) {
          return [c.name, `down: ${error instanceof Error ? error.message : String(error)}`] as const;
        }
      }),
    );
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

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);
}
