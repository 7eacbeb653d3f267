import type { Ctx } from '../context';
import { fail, ok } from '../result';
import { mayInTenant } from '../authorize';
import { listAudit } from '../audit';
import { findAccountById } from './queries';
import { loadActor } from './sessions';
import { toPublicAccount } from './schema-types';

/** One account as the admins see it: its roles and what happened to it lately. */
export async function showAccount(ctx: Ctx, accountId: string) {
	if (!mayInTenant(ctx, 'account.list')) return fail('forbidden' as const);
	const account = await findAccountById(ctx.db, ctx.tenant.id, accountId);
	if (!account) return fail('not_found' as const);
	const [actor, history] = await Promise.all([loadActor(ctx.db, ctx.tenant.id, account.id), listAudit(ctx.db, ctx.tenant.id, { entityId: account.id, perPage: 20 })]);
	return ok({ target: toPublicAccount(account), roles: actor.roles, isSelf: account.id === ctx.actor.accountId, history: history.items });
}
