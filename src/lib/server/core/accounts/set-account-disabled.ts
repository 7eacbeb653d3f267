import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { fail, ok } from '../result';
import { useCase } from '../use-case';
import { recordAudit } from '../audit';
import { can } from '../permissions';
import { accounts } from './schema';
import { findAccountById } from './queries';
import { invalidateAllSessions } from './sessions';

const ZSetDisabled = z.object({ accountId: z.uuid(), disabled: z.boolean() });

/** A disabled account cannot sign in and its sessions end at once. */
export const setAccountDisabled = useCase({
	input: ZSetDisabled,
	allowed: (ctx, { accountId }) => can(ctx.actor, 'account.disable', { kind: 'account', tenantId: ctx.tenant.id, accountId }),
	run: async (ctx, { accountId, disabled }) => {
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
});
