import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { notificationPreferences, notifications, type Delivery } from './schema';

/**
 * Stores the person's choice for these kinds. Entries still waiting for a digest follow it: none
 * is mailed after "no mail"; after "immediately" they come in the next daily digest rather than
 * as a burst of single mails.
 */
export async function setDelivery(db: Db, tenantId: string, accountId: string, kinds: string[], delivery: Delivery): Promise<void> {
	if (!kinds.length) return;
	await db
		.insert(notificationPreferences)
		.values(kinds.map((kind) => ({ tenantId, accountId, kind, delivery })))
		.onConflictDoUpdate({
			target: [notificationPreferences.tenantId, notificationPreferences.accountId, notificationPreferences.kind],
			set: { delivery, updatedAt: sql`now()` }
		});
	await db
		.update(notifications)
		.set({ mail: delivery === 'immediately' ? 'daily' : delivery })
		.where(
			and(
				eq(notifications.tenantId, tenantId),
				eq(notifications.accountId, accountId),
				inArray(notifications.kind, kinds),
				isNull(notifications.mailedAt),
				inArray(notifications.mail, ['daily', 'weekly'])
			)
		);
}
