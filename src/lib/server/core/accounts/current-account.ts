import type { Ctx } from '../context';
import { can } from '../permissions';
import { verifyPassword } from './password';
import { findAccountById } from './queries';
import type { Account } from './schema-types';

/** The signed-in account, if the actor may act on it as itself. */
export async function ownAccount(ctx: Ctx, action: 'account.read' | 'account.update' | 'account.delete'): Promise<Account | null> {
	const accountId = ctx.actor.accountId;
	if (!accountId || !can(ctx.actor, action, { kind: 'account', tenantId: ctx.tenant.id, accountId })) return null;
	return (await findAccountById(ctx.db, ctx.tenant.id, accountId)) ?? null;
}

/** Sensitive changes ask for the current password again. */
export const confirmsPassword = (account: Account, password: string) => verifyPassword(account.passwordHash, password);
