export * from './upcast';
export * from './upcasters';
export * from './arrest-upcasters';
export * from './court-upcasters';
export * from './prison-upcasters';
