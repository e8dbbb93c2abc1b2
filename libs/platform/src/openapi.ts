import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { configureHttpApp } from './http-app';
import { ServiceDescriptions, type ServiceName } from './service-catalogue';

/** A service's OpenAPI document, as its running app serves it at /docs. */
export async function openApiDocumentOf(name: ServiceName, module: DynamicModule): Promise<OpenAPIObject> {
  const app = await NestFactory.create(module, { logger: false });
  try {
    return configureHttpApp(app, ServiceDescriptions[name]);
  } finally {
    await app.close();
  }
}
