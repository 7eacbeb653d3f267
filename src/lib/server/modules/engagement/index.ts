export * from './vocabulary';
export * from './contracts';
export * from './reach';
