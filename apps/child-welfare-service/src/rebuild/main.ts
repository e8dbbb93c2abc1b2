import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { runtimeConfigFromEnv } from '@safeguard/platform';
import { ChildWelfareServiceModule } from '../child-welfare-service.module';
import { ProjectionRebuild } from './projection-rebuild';

/**
 * `npm run projection:rebuild`: empties the child-welfare projection and rebuilds it from the
 * beginning of the agencies' history (KAFKA_BROKERS set: the topics; otherwise the embedded
 * database's logs, in SAFEGUARD_DATA_DIR or DATABASE_URL). Stop the child-welfare service first.
 */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(ChildWelfareServiceModule.forRoot(runtimeConfigFromEnv(), { followAgencies: false }));
  try {
    const report = await app.get(ProjectionRebuild).run();
    new Logger('projection:rebuild').log(JSON.stringify(report));
  } finally {
    await app.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
