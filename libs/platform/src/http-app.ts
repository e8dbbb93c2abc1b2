import type { INestApplication } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Authenticator, authenticationDoor } from '@safeguard/auth';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { useAccessLog } from './access-log/access-log.module';
import { RefuseHostileInput } from './hostile-input';
import { ProblemDetailsFilter } from './problem-details.filter';
import { strictValidationPipe } from './validation';

export interface HttpAppOptions {
  readonly title: string;
  readonly description: string;
}

/**
 * The HTTP shell every service shares: the access log's arrival stamp first, a request with a
 * body authenticated before the body is parsed, hostile input refused, validation, problem details, Swagger UI at /docs. Called before
 * `init()`, which is when Nest adds the body parsers: middleware added here runs before them.
 */
export function configureHttpApp(app: INestApplication, options: HttpAppOptions): OpenAPIObject {
  (app.getHttpAdapter().getInstance() as { disable?: (setting: string) => void }).disable?.('x-powered-by');
  useAccessLog(app);
  const problems = new ProblemDetailsFilter();
  app.use(
    authenticationDoor(app.get(Authenticator), (error, request, response) => problems.catch(error, new ExecutionContextHost([request, response]))),
  );
  app.useGlobalInterceptors(new RefuseHostileInput());
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(app, openApiConfig(options));
  SwaggerModule.setup('docs', app, document);
  return document;
}

function openApiConfig(options: HttpAppOptions) {
  return new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(
      `${options.description}\n\nEvery request needs \`Authorization: Bearer <API key or OAuth2 access token>\`; errors are RFC 7807 problem details ` +
        '(400 with the fields and why, 401, 403, 404, 409 on a version conflict, 422 on a domain rule, 429 with Retry-After after too many failed authentications).',
    )
    .setVersion('1.0.0')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      description: 'An API key, or an access token of the configured OAuth2 issuer (client-credentials grant), naming an agency, a role and a unit',
    })
    .addSecurityRequirements('bearer')
    .build();
}
