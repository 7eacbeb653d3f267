export * from './vocabulary';
export * from './contracts';
