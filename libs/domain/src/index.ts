export * from './decider';
export * from './errors';
export * from './child-details';
export * from './fact-time';
