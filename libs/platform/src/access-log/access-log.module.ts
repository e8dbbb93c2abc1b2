import { Module, type INestApplication } from '@nestjs/common';
import { APP_INTERCEPTOR, DiscoveryModule, ModulesContainer } from '@nestjs/core';
import { AuthModule } from '@safeguard/auth';
import { AccessLog, markArrival } from './access-log';
import { AccessLogController } from './access-log.controller';
import { ListAccessEntriesHandler } from './access-log.handler';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AccessLogRoutes, loggedRoutesOf } from './access-log-routes';
import { trustedProxiesFromEnv } from './trusted-proxies';

/**
 * The access log of a service: the log (its table comes from the service's own migration, see
 * `createAccessLogTable`), the interceptor writing answered requests, the index of
 * `@AccessLogged` routes and `GET /access-log`. Needs the service's `PersistenceModule`.
 */
@Module({
  imports: [DiscoveryModule, AuthModule],
  providers: [AccessLogRoutes, AccessLog, ListAccessEntriesHandler, { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor }],
  controllers: [AccessLogController],
  exports: [AccessLog],
})
export class AccessLogModule {}

/**
 * Called by `configureHttpApp` before any other middleware: Express's `trust proxy` from
 * SAFEGUARD_TRUSTED_PROXIES (so `req.ip` is the client's only behind a named proxy), and every
 * request stamped with its arrival time and its service's log, which the problem filter needs for
 * refusals that come before any handler (the authentication door's, the guard's).
 */
export function useAccessLog(app: INestApplication): void {
  const express = app.getHttpAdapter().getInstance() as { set?: (setting: string, value: unknown) => void };
  const proxies = trustedProxiesFromEnv();
  express.set?.('trust proxy', proxies.length > 0 ? proxies : false);
  const log = accessLogIn(app);
  if (!log) return;
  app.use((request: object, _response: unknown, next: () => void) => {
    markArrival(request, log);
    next();
  });
}

function accessLogIn(app: INestApplication): AccessLog | undefined {
  try {
    return app.get(AccessLog, { strict: false });
  } catch {
    // No AccessLogModule: right for an app without access-logged routes, a silent hole otherwise.
    const declared = [...app.get(ModulesContainer).values()]
      .flatMap((module) => [...module.controllers.values()])
      .flatMap((wrapper) => (wrapper.metatype ? loggedRoutesOf(wrapper.metatype as new (...args: never[]) => unknown) : []));
    if (declared.length > 0)
      throw new Error(
        `@AccessLogged routes without AccessLogModule (nothing would write them): ${declared.map((r) => `${r.method} ${r.template}`).join(', ')}`,
      );
    return undefined;
  }
}
