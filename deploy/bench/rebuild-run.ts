/**
 * The projection rebuild as `npm run projection:rebuild` runs it, in a process of its own, over
 * the benchmark's topics (BENCH_REBUILD_TOPICS) instead of the published ones: started by
 * rebuild-bench.ts, it prints its report and its own CPU time as one JSON line on stdout.
 */
import { NestFactory } from '@nestjs/core';
import { runtimeConfigFromEnv } from '@safeguard/platform';
import { ChildWelfareServiceModule } from '../../apps/child-welfare-service/src/child-welfare-service.module';
import { ProjectionRebuild } from '../../apps/child-welfare-service/src/rebuild/projection-rebuild';

async function main(): Promise<void> {
  const topics = (process.env.BENCH_REBUILD_TOPICS ?? '').split(',').filter(Boolean);
  if (topics.length === 0) throw new Error('BENCH_REBUILD_TOPICS names no topic');
  const app = await NestFactory.createApplicationContext(
    ChildWelfareServiceModule.forRoot(runtimeConfigFromEnv(), { followAgencies: false, agencyTopics: topics }),
    { logger: ['error', 'warn'] },
  );
  try {
    const cpuBefore = process.cpuUsage();
    const report = await app.get(ProjectionRebuild).run();
    const cpu = process.cpuUsage(cpuBefore);
    process.stdout.write(`${JSON.stringify({ report, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
