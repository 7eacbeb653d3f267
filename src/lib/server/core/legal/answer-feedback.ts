import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '$lib/server/db/client';
import { fail, ok } from '../result';
import { useCase, ZRef } from '../use-case';
import { longText } from '../validation';
import { recordAudit } from '../audit';
import { notify } from '../notifications';
import { accounts, roleAssignments } from '../accounts/schema';
import { accessibilityFeedback } from './schema';
import { feedbackStatuses } from './feedback-deadline';

export const ZFeedbackAnswer = z.object({
	feedbackId: ZRef,
	status: z.enum(feedbackStatuses, { error: 'error.choose_one' }),
	handlerId: z.union([z.literal(''), z.guid({ error: 'error.choose_one' })]).default(''),
	reply: longText(5000)
});

/** The accounts that may handle a barrier report: the municipality's admins and coordinators. */
export function feedbackHandlers(db: Db, tenantId: string) {
	return db
		.selectDistinct({ id: accounts.id, displayName: accounts.displayName, email: accounts.email })
		.from(accounts)
		.innerJoin(roleAssignments, and(eq(roleAssignments.tenantId, accounts.tenantId), eq(roleAssignments.accountId, accounts.id)))
		.where(and(eq(accounts.tenantId, tenantId), inArray(roleAssignments.role, ['admin', 'coordinator'])))
		.orderBy(accounts.displayName, accounts.email);
}

/**
 * The office works on a barrier report: sets its status and who handles it, and answers. A new
 * answer goes by mail to the address the sender left (none, no mail) and marks it answered.
 */
export const answerAccessibilityFeedback = useCase({
	input: ZFeedbackAnswer,
	permission: 'feedback.read',
	run: async (ctx, { feedbackId, status, handlerId, reply }) => {
		const where = and(eq(accessibilityFeedback.tenantId, ctx.tenant.id), eq(accessibilityFeedback.id, feedbackId));
		const [before] = await ctx.db.select().from(accessibilityFeedback).where(where);
		if (!before) return fail('not_found');
		if (handlerId && !(await feedbackHandlers(ctx.db, ctx.tenant.id)).some((h) => h.id === handlerId)) return fail('invalid', { handlerId: 'error.choose_one' });
		const replying = reply !== '' && reply !== before.reply;
		const mailed = replying && !!before.contactEmail;
		// A new answer means the report is answered, unless the office closes it at once.
		const nextStatus = replying && (status === 'new' || status === 'in_progress') ? 'answered' : status;
		await ctx.db.transaction(async (tx) => {
			await tx
				.update(accessibilityFeedback)
				.set({ status: nextStatus, handlerId: handlerId || null, reply, ...(replying ? { repliedAt: new Date() } : {}) })
				.where(where);
			if (mailed)
				await notify(tx, ctx, {
					kind: 'accessibility_feedback_reply',
					to: { email: before.contactEmail!, locale: ctx.tenant.defaultLocale },
					params: { reply, message: before.message }
				});
			await recordAudit(tx, ctx.actor, {
				action: replying ? 'feedback.replied' : 'feedback.updated',
				entityType: 'accessibility_feedback',
				entityId: feedbackId,
				before: { status: before.status, handlerId: before.handlerId },
				after: { status: nextStatus, handlerId: handlerId || null, ...(replying ? { replied: mailed } : {}) }
			});
		});
		return ok({ status: nextStatus, mailed });
	}
});
