export * from './database';
export * from './database-config';
export * from './event-store';
export * from './event-contracts';
export * from './decide-and-append';
export * from './inbox';
export * from './migrations/event-store.migration';
export * from './test-databases';
