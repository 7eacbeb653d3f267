export * from './vocabulary';
export * from './contracts';
export * from './brokering';
export * from './statistics';
