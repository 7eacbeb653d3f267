export * from './vocabulary';
export * from './contracts';
export * from './matching';
