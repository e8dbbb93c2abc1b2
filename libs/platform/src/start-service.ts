import { Logger, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureHttpApp } from './http-app';
import { portFromEnv } from './runtime-config';
import { ServiceDescriptions, ServicePorts, type ServiceName } from './service-catalogue';

/** Creates, configures and starts one service's HTTP app on its port (`<NAME>_PORT` overrides). */
export async function startService(name: ServiceName, module: DynamicModule, options: { port?: number } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: false });
  configureHttpApp(app, ServiceDescriptions[name]);
  const envName = `${name.replace(/-/g, '_').toUpperCase().replace('_SERVICE', '')}_PORT`;
  const port = options.port ?? portFromEnv(envName, ServicePorts[name]);
  await app.listen(port, '0.0.0.0');
  new Logger(name).log(`listening on http://localhost:${port} (API docs at /docs)`);
  return app;
}
