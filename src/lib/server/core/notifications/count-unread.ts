import { and, count, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../context';
import { can } from '../permissions';
import { notifications } from './schema';

/** For the Mein Bereich link in the header: 0 for visitors. */
export async function countUnreadNotifications(ctx: Ctx): Promise<number> {
	const accountId = ctx.actor.accountId;
	if (!accountId || !can(ctx.actor, 'account.read', { kind: 'account', tenantId: ctx.tenant.id, accountId })) return 0;
	const [{ unread }] = await ctx.db
		.select({ unread: count() })
		.from(notifications)
		.where(and(eq(notifications.tenantId, ctx.tenant.id), eq(notifications.accountId, accountId), isNull(notifications.readAt)));
	return unread;
}
