import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Ctx } from '$lib/server/core/context';
import type { Db } from '$lib/server/db/client';
import { ok } from '$lib/server/core/result';
import { useCase, ZNoInput } from '$lib/server/core/use-case';
import { config } from '$lib/server/core/config';
import { notify } from '$lib/server/core/notifications';
import { listTenants, tenantBaseUrl } from '$lib/server/core/tenants';
import { organisations } from '../../../core/organisations/schema';
import { applications, opportunities } from '../schema';
import { organisationRecipients } from './queries';

/** Days an application may wait unanswered before the organisation is reminded, and before the office sees it. */
export const REMIND_AFTER_DAYS = 7;
export const ESCALATE_AFTER_DAYS = 14;
const DAY = 24 * 3600 * 1000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

const waiting = (tenantId: string, before: Date) =>
	and(eq(applications.tenantId, tenantId), eq(applications.status, 'new'), isNotNull(applications.confirmedAt), lte(applications.confirmedAt, before));

/**
 * Daily: an application still "neu" 7 days after the organisation heard of it reminds its people
 * once; at 14 days it is marked for the office's "wartet auf Antwort" list (a known reason
 * volunteers give up). Per municipality in one transaction, so a reminder and its mark go together.
 */
export async function sendApplicationReminders(db: Db, now = new Date()): Promise<{ reminded: number; escalated: number }> {
	let reminded = 0;
	let escalated = 0;
	for (const tenant of await listTenants(db)) {
		const sender = { tenant, baseUrl: await tenantBaseUrl(db, tenant, config().PUBLIC_URL) };
		await db.transaction(async (tx) => {
			const due = await tx
				.update(applications)
				.set({ remindedAt: now })
				.where(and(waiting(tenant.id, daysBefore(now, REMIND_AFTER_DAYS)), isNull(applications.remindedAt)))
				.returning({ id: applications.id, opportunityId: applications.opportunityId });
			const ids = [...new Set(due.map((a) => a.opportunityId))];
			const found = ids.length
				? await tx
						.select({ id: opportunities.id, title: opportunities.title, organisationId: opportunities.organisationId })
						.from(opportunities)
						.where(and(eq(opportunities.tenantId, tenant.id), inArray(opportunities.id, ids)))
				: [];
			for (const application of due) {
				const opportunity = found.find((o) => o.id === application.opportunityId)!;
				for (const { to, name } of await organisationRecipients(tx, tenant, opportunity.organisationId)) {
					await notify(tx, sender, {
						kind: 'application_reminder',
						to,
						params: { name, opportunity: opportunity.title, days: String(REMIND_AFTER_DAYS) },
						link: `/netzwerk/organisationen/${opportunity.organisationId}/bewerbungen/${application.id}`
					});
				}
				reminded++;
			}
			const marked = await tx
				.update(applications)
				.set({ escalatedAt: now })
				.where(and(waiting(tenant.id, daysBefore(now, ESCALATE_AFTER_DAYS)), isNull(applications.escalatedAt)))
				.returning({ id: applications.id });
			escalated += marked.length;
		});
	}
	return { reminded, escalated };
}

/**
 * For the office: applications that waited 14 days and are still unanswered, oldest first. Only
 * which opportunity and organisation and since when: who applied is the organisation's to know.
 */
export const listWaitingApplications = useCase({
	input: ZNoInput,
	permission: 'application.coordinate',
	run: async (ctx) => {
		const rows = await ctx.db
			.select({
				id: applications.id,
				waitingSince: applications.confirmedAt,
				opportunity: { id: opportunities.id, title: opportunities.title },
				organisation: { id: organisations.id, name: organisations.name, email: organisations.email, contactEmail: organisations.contactEmail, phone: organisations.phone }
			})
			.from(applications)
			.innerJoin(opportunities, and(eq(opportunities.tenantId, applications.tenantId), eq(opportunities.id, applications.opportunityId)))
			.innerJoin(organisations, and(eq(organisations.tenantId, opportunities.tenantId), eq(organisations.id, opportunities.organisationId)))
			.where(and(eq(applications.tenantId, ctx.tenant.id), eq(applications.status, 'new'), isNotNull(applications.escalatedAt)))
			.orderBy(asc(applications.confirmedAt));
		return ok(rows);
	}
});

/** The number beside the office's menu entry: applications waiting 14 days and more. */
export async function countWaitingApplications(ctx: Ctx): Promise<number> {
	const [row] = await ctx.db
		.select({ count: sql<number>`count(*)::int` })
		.from(applications)
		.where(and(eq(applications.tenantId, ctx.tenant.id), eq(applications.status, 'new'), isNotNull(applications.escalatedAt)));
	return row?.count ?? 0;
}
