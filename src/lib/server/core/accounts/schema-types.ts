import type { accounts } from './schema';

export type Account = typeof accounts.$inferSelect;
export type PublicAccount = Omit<Account, 'passwordHash'>;

export const toPublicAccount = ({ passwordHash: _, ...rest }: Account): PublicAccount => rest;
