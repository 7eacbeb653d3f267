import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../context';
import { can } from '../permissions';
import { fail, ok, type Result } from '../result';
import { ZMarkRead } from './contracts';
import { notifications } from './schema';

/** One entry, or all, marked as read; returns how many were unread. */
export async function markNotificationsRead(ctx: Ctx, input: unknown): Promise<Result<{ marked: number }, 'forbidden' | 'invalid'>> {
	const accountId = ctx.actor.accountId;
	if (!accountId || !can(ctx.actor, 'account.update', { kind: 'account', tenantId: ctx.tenant.id, accountId })) return fail('forbidden');
	const parsed = ZMarkRead.safeParse(input);
	if (!parsed.success) return fail('invalid');
	const marked = await ctx.db
		.update(notifications)
		.set({ readAt: new Date() })
		.where(
			and(
				eq(notifications.tenantId, ctx.tenant.id),
				eq(notifications.accountId, accountId),
				isNull(notifications.readAt),
				'id' in parsed.data ? eq(notifications.id, parsed.data.id) : undefined
			)
		)
		.returning({ id: notifications.id });
	return ok({ marked: marked.length });
}
