import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { config } from '../config';
import { notify, type Recipient } from '../notifications';
import { listTenants, tenantBaseUrl } from '../tenants';
import { accounts, roleAssignments } from '../accounts/schema';
import { accessibilityFeedback } from './schema';
import { ANSWER_WITHIN_DAYS, feedbackDeadline, openFeedbackStatuses, REMIND_DAYS_BEFORE } from './feedback-deadline';

const DAY = 24 * 3600 * 1000;
const dateFormat = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });

/**
 * A week before the six weeks are over, an open barrier report reminds whoever handles it, or
 * every admin when nobody does. Once per report; marked reminded in the same transaction.
 */
export async function sendFeedbackReminders(db: Db, now: Date = new Date()): Promise<number> {
	const receivedBefore = new Date(now.getTime() - (ANSWER_WITHIN_DAYS - REMIND_DAYS_BEFORE) * DAY);
	let sent = 0;
	for (const tenant of await listTenants(db)) {
		const sender = { tenant, baseUrl: await tenantBaseUrl(db, tenant, config().PUBLIC_URL) };
		sent += await db.transaction(async (tx) => {
			const due = await tx
				.update(accessibilityFeedback)
				.set({ reminderSentAt: now })
				.where(
					and(
						eq(accessibilityFeedback.tenantId, tenant.id),
						inArray(accessibilityFeedback.status, [...openFeedbackStatuses]),
						isNull(accessibilityFeedback.reminderSentAt),
						lte(accessibilityFeedback.createdAt, receivedBefore)
					)
				)
				.returning({ id: accessibilityFeedback.id, handlerId: accessibilityFeedback.handlerId, createdAt: accessibilityFeedback.createdAt, pageUrl: accessibilityFeedback.pageUrl });
			if (!due.length) return 0;
			const admins = await tx
				.select({ id: accounts.id })
				.from(accounts)
				.innerJoin(roleAssignments, and(eq(roleAssignments.tenantId, accounts.tenantId), eq(roleAssignments.accountId, accounts.id)))
				.where(and(eq(accounts.tenantId, tenant.id), eq(roleAssignments.role, 'admin'), isNull(accounts.disabledAt)));
			let queued = 0;
			for (const report of due) {
				const to: Recipient[] = report.handlerId ? [{ accountId: report.handlerId }] : admins.map((a) => ({ accountId: a.id }));
				for (const recipient of to) {
					await notify(tx, sender, {
						kind: 'accessibility_feedback_due',
						to: recipient,
						params: { deadline: dateFormat.format(feedbackDeadline(report.createdAt)), page: report.pageUrl || '-' },
						link: `/admin/rueckmeldungen/${report.id}`
					});
					queued++;
				}
			}
			return queued;
		});
	}
	return sent;
}
