import { and, eq, isNull } from 'drizzle-orm';
import { ok } from '../result';
import { useCase } from '../use-case';
import { ZMarkRead } from './contracts';
import { notifications } from './schema';

/** One entry, or all, marked as read; returns how many were unread. */
export const markNotificationsRead = useCase({
	input: ZMarkRead,
	own: 'account.update',
	run: async (ctx, input) => {
		const marked = await ctx.db
			.update(notifications)
			.set({ readAt: new Date() })
			.where(and(eq(notifications.tenantId, ctx.tenant.id), eq(notifications.accountId, ctx.actor.accountId), isNull(notifications.readAt), 'id' in input ? eq(notifications.id, input.id) : undefined))
			.returning({ id: notifications.id });
		return ok({ marked: marked.length });
	}
});
