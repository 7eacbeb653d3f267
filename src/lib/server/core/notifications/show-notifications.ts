import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { translate } from '$lib/i18n';
import type { Ctx } from '../context';
import { can } from '../permissions';
import { fail, ok, type Result } from '../result';
import { notificationKind, titleOf } from './kinds';
import { notifications } from './schema';
import { pageOf, pageWindow, type Page } from '../pagination';

const PAGE_SIZE = 30;

export interface ShownNotification {
	id: string;
	/** One line in the reader's language. */
	title: string;
	/** A path inside the municipality, or null. */
	link: string | null;
	createdAt: Date;
	readAt: Date | null;
}

/** The signed-in person's notifications, newest first, with how many are unread. */
export async function showNotifications(ctx: Ctx, requestedPage = 1): Promise<Result<Page<ShownNotification> & { unread: number }, 'forbidden'>> {
	const accountId = ctx.actor.accountId;
	if (!accountId || !can(ctx.actor, 'account.read', { kind: 'account', tenantId: ctx.tenant.id, accountId })) return fail('forbidden');
	const window = pageWindow(requestedPage, PAGE_SIZE);
	const mine = and(eq(notifications.tenantId, ctx.tenant.id), eq(notifications.accountId, accountId));
	const [rows, [{ total }], [{ unread }]] = await Promise.all([
		ctx.db.select().from(notifications).where(mine).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(window.limit).offset(window.offset),
		ctx.db.select({ total: count() }).from(notifications).where(mine),
		ctx.db
			.select({ unread: count() })
			.from(notifications)
			.where(and(mine, isNull(notifications.readAt)))
	]);
	const items = rows.map((row) => {
		const kind = notificationKind(row.kind);
		// A kind whose capability was removed still shows, without its own wording.
		const title = kind && !kind.transactional ? translate(ctx.locale, titleOf(kind), { tenant: ctx.tenant.name, ...row.params }) : translate(ctx.locale, 'notifications.unknown_kind');
		return { id: row.id, title, link: row.link, createdAt: row.createdAt, readAt: row.readAt };
	});
	return ok({ ...pageOf(items, total, window), unread });
}
