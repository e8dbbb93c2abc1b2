export * from './agencies';
export * from './envelope';
export * from './topics';
export * from './catalogue';
export * from './schemas';
export * from './cloud-events';
export * from './arrest/arrest-events';
export * from './alerts/alert-events';
