import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ResponseHeadersInterceptor } from './response-headers.interceptor';
import { StreamReads } from './stream-commands';
import { StreamVisibility } from './stream-visibility';

export interface UseCaseOptions {
  /** Who may see which stream in this service: asked by every command and stream read. */
  readonly visibility: Type<StreamVisibility>;
}

/**
 * The command and query buses and what every use case shares: the service's stream visibility,
 * the stream reads that apply it, and the ETag and Location headers set from the answer.
 * Global, so `StreamCommands` (in `PersistenceModule`) is given the same visibility.
 */
@Module({})
export class UseCaseModule {
  static forService(options: UseCaseOptions): DynamicModule {
    return {
      module: UseCaseModule,
      global: true,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: StreamVisibility, useClass: options.visibility },
        StreamReads,
        { provide: APP_INTERCEPTOR, useClass: ResponseHeadersInterceptor },
      ],
      exports: [StreamVisibility, StreamReads],
    };
  }
}
