import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { PersonalDataSource } from '../privacy';
import { moderationItems } from './schema';

/**
 * What a person submitted to the queue, and what a coordinator decided. The entries stay for
 * the town's record of its decisions; after an account's deletion they no longer name it,
 * and a reason that quotes the person (her name, address or phone) is kept without the quote.
 */
export const moderationPersonalData: PersonalDataSource = {
	name: 'moderation',
	async export(db, { tenantId, accountId }) {
		return db
			.select({
				subjectType: moderationItems.subjectType,
				subjectId: moderationItems.subjectId,
				status: moderationItems.status,
				submittedAt: moderationItems.submittedAt,
				decidedAt: moderationItems.decidedAt,
				reason: moderationItems.reason
			})
			.from(moderationItems)
			.where(and(eq(moderationItems.tenantId, tenantId), eq(moderationItems.submittedBy, accountId)))
			.orderBy(desc(moderationItems.submittedAt));
	},
	async erase(db, { tenantId, accountId, redact }) {
		const quoting = await db
			.select({ id: moderationItems.id, reason: moderationItems.reason })
			.from(moderationItems)
			.where(and(eq(moderationItems.tenantId, tenantId), isNotNull(moderationItems.reason), redact.mayMention(moderationItems.reason)));
		for (const item of quoting) {
			const reason = redact.text(item.reason!);
			if (reason !== item.reason)
				await db
					.update(moderationItems)
					.set({ reason })
					.where(and(eq(moderationItems.tenantId, tenantId), eq(moderationItems.id, item.id)));
		}
		await db
			.update(moderationItems)
			.set({ submittedBy: null })
			.where(and(eq(moderationItems.tenantId, tenantId), eq(moderationItems.submittedBy, accountId)));
		await db
			.update(moderationItems)
			.set({ decidedBy: null })
			.where(and(eq(moderationItems.tenantId, tenantId), eq(moderationItems.decidedBy, accountId)));
	}
};
