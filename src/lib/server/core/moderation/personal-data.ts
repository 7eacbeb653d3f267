import { and, desc, eq } from 'drizzle-orm';
import { registerPersonalData } from '../privacy';
import { moderationItems } from './schema';

/**
 * What a person submitted to the queue, and what a coordinator decided. The entries stay for
 * the town's record of its decisions; after an account's deletion they no longer name it.
 */
registerPersonalData({
	name: 'moderation',
	async export(db, tenantId, accountId) {
		return db
			.select({ subjectType: moderationItems.subjectType, subjectId: moderationItems.subjectId, status: moderationItems.status, submittedAt: moderationItems.submittedAt, reason: moderationItems.reason })
			.from(moderationItems)
			.where(and(eq(moderationItems.tenantId, tenantId), eq(moderationItems.submittedBy, accountId)))
			.orderBy(desc(moderationItems.submittedAt));
	},
	async erase(db, tenantId, accountId) {
		await db.update(moderationItems).set({ submittedBy: null }).where(and(eq(moderationItems.tenantId, tenantId), eq(moderationItems.submittedBy, accountId)));
		await db.update(moderationItems).set({ decidedBy: null }).where(and(eq(moderationItems.tenantId, tenantId), eq(moderationItems.decidedBy, accountId)));
	}
});
