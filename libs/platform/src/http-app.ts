import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { RefuseHostileInput } from './hostile-input';
import { ProblemDetailsFilter } from './problem-details.filter';
import { strictValidationPipe } from './validation';

export interface HttpAppOptions {
  readonly title: string;
  readonly description: string;
}

/** The HTTP shell every service shares: hostile input refused, validation, problem details, Swagger UI at /docs. */
export function configureHttpApp(app: INestApplication, options: HttpAppOptions): OpenAPIObject {
  (app.getHttpAdapter().getInstance() as { disable?: (setting: string) => void }).disable?.('x-powered-by');
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
      `${options.description}\n\nEvery request needs \`Authorization: Bearer <API key>\`; errors are RFC 7807 problem details ` +
        '(400 with the fields and why, 401, 403, 404, 409 on a version conflict, 422 on a domain rule).',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key naming an agency and a role' })
    .addSecurityRequirements('bearer')
    .build();
}
