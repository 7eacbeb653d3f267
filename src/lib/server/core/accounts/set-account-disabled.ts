import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { recordAudit } from '../audit';
import { can } from '../permissions';
import { accounts } from './schema';
import { findAccountById } from './queries';
import { invalidateAllSessions } from './sessions';

const ZSetDisabled = z.object({ accountId: z.uuid(), disabled: z.boolean() });

/** A disabled account cannot sign in and its sessions end at once. */
export async function setAccountDisabled(ctx: Ctx, input: unknown): Promise<Result<null, 'forbidden' | 'invalid' | 'not_found'>> {
	const parsed = ZSetDisabled.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const { accountId, disabled } = parsed.data;
	if (!can(ctx.actor, 'account.disable', { kind: 'account', tenantId: ctx.tenant.id, accountId })) return fail('forbidden');
	const account = await findAccountById(ctx.db, ctx.tenant.id, accountId);
	if (!account) return fail('not_found');
	if (!!account.disabledAt === disabled) return ok(null);
	await ctx.db.transaction(async (tx) => {
		await tx
			.update(accounts)
			.set({ disabledAt: disabled ? new Date() : null })
			.where(and(eq(accounts.tenantId, ctx.tenant.id), eq(accounts.id, accountId)));
		if (disabled) await invalidateAllSessions(tx, ctx.tenant.id, accountId);
		await recordAudit(tx, ctx.actor, {
			action: disabled ? 'account.disabled' : 'account.enabled',
			entityType: 'account',
			entityId: accountId,
			before: { disabled: !disabled },
			after: { disabled }
		});
	});
	return ok(null);
}
