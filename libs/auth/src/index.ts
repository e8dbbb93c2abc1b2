export * from './principal';
export * from './credentials';
export * from './decorators';
export * from './api-key.guard';
export * from './auth.module';
