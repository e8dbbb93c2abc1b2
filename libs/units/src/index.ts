export * from './unit';
export * from './unit-registry';
export * from './units-file';
export * from './unit-problems';
