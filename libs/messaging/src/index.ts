export * from './event-handler';
export * from './failures';
export * from './kafka-connection';
export * from './outbox-relay';
export * from './kafka-subscription';
export * from './database-log-subscription';
export * from './wakeable-loop';
export * from './messaging.module';
