export * from './vocabulary';
export * from './contracts';
// Applications ("Ich habe Interesse"), their inbox, replies and reminders.
export * from './applications';
