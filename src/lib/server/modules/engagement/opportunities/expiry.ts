import { and, eq, gt, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { config } from '$lib/server/core/config';
import { recordAudit } from '$lib/server/core/audit';
import { anonymous } from '$lib/server/core/permissions';
import { notify, type Recipient } from '$lib/server/core/notifications';
import { listTenants, tenantBaseUrl, type Tenant } from '$lib/server/core/tenants';
import { listOrganisationOwners } from '$lib/server/core/accounts';
import { findOrganisation } from '$lib/server/core/organisations';
import { opportunities } from '../schema';
import { opportunityEditHref } from './moderation';

/** Days before the expiry when the organisation is reminded, earliest first. */
export const REMINDER_DAYS = [14, 3] as const;
const DAY = 24 * 60 * 60 * 1000;

type Row = Pick<typeof opportunities.$inferSelect, 'id' | 'title' | 'organisationId' | 'contactEmail' | 'expiresAt'>;

/** The organisation's owners; without owners, the opportunity's contact or the organisation's address. */
async function recipientsOf(db: Db, tenant: Tenant, rows: Row[]): Promise<Map<string, { to: Recipient; name: string }[]>> {
	const owners = await listOrganisationOwners(db, tenant.id, [...new Set(rows.map((r) => r.organisationId))]);
	const found = new Map<string, { to: Recipient; name: string }[]>();
	for (const row of rows) {
		const own = owners.filter((o) => o.organisationId === row.organisationId);
		if (own.length) {
			found.set(
				row.id,
				own.map((owner) => ({ to: { account: owner }, name: owner.displayName }))
			);
			continue;
		}
		const org = await findOrganisation(db, tenant.id, row.organisationId);
		const email = row.contactEmail || org?.contactEmail || org?.email;
		found.set(row.id, email ? [{ to: { email, locale: tenant.defaultLocale }, name: org?.name ?? '' }] : []);
	}
	return found;
}

/**
 * The daily expiry round ("stetige Aktualisierung"): 14 and 3 days before a published opportunity
 * expires its organisation is reminded to confirm it (once per point: `reminded_at` is compared with
 * the point, and confirming moves the expiry past it); once expired it leaves the search with the
 * status `expired` and the organisation hears so. Per town in one transaction.
 */
export async function runOpportunityExpiry(db: Db, now = new Date()): Promise<{ reminded: number; expired: number }> {
	let reminded = 0;
	let expired = 0;
	const soonest = new Date(now.getTime() + REMINDER_DAYS[0] * DAY);
	const last = new Date(now.getTime() + REMINDER_DAYS[REMINDER_DAYS.length - 1] * DAY);
	for (const tenant of await listTenants(db)) {
		const sender = { tenant, baseUrl: await tenantBaseUrl(db, tenant, config().PUBLIC_URL) };
		await db.transaction(async (tx) => {
			const published = and(eq(opportunities.tenantId, tenant.id), eq(opportunities.status, 'published'));
			// The reminder point now reached: 3 days before when that has come, else 14.
			const point = sql`case when ${opportunities.expiresAt} <= ${last.toISOString()}::timestamptz then ${opportunities.expiresAt} - interval '${sql.raw(String(REMINDER_DAYS[1]))} days' else ${opportunities.expiresAt} - interval '${sql.raw(String(REMINDER_DAYS[0]))} days' end`;
			const due = await tx
				.update(opportunities)
				.set({ remindedAt: now })
				.where(and(published, gt(opportunities.expiresAt, now), lte(opportunities.expiresAt, soonest), or(isNull(opportunities.remindedAt), lt(opportunities.remindedAt, point))))
				.returning({ id: opportunities.id, title: opportunities.title, organisationId: opportunities.organisationId, contactEmail: opportunities.contactEmail, expiresAt: opportunities.expiresAt });
			const gone = await tx
				.update(opportunities)
				.set({ status: 'expired', updatedAt: now })
				.where(and(published, lte(opportunities.expiresAt, now)))
				.returning({ id: opportunities.id, title: opportunities.title, organisationId: opportunities.organisationId, contactEmail: opportunities.contactEmail, expiresAt: opportunities.expiresAt });
			const recipients = await recipientsOf(tx, tenant, [...due, ...gone]);
			for (const row of due) {
				const days = String(Math.max(1, Math.round((row.expiresAt!.getTime() - now.getTime()) / DAY)));
				for (const { to, name } of recipients.get(row.id) ?? []) {
					await notify(tx, sender, { kind: 'opportunity_expiring', to, params: { name, title: row.title, days }, link: opportunityEditHref(row.organisationId, row.id) });
					reminded++;
				}
			}
			for (const row of gone) {
				await recordAudit(tx, anonymous(tenant.id), { action: 'opportunity.expired', entityType: 'opportunity', entityId: row.id, before: { status: 'published' }, after: { status: 'expired' } });
				for (const { to, name } of recipients.get(row.id) ?? [])
					await notify(tx, sender, { kind: 'opportunity_expired', to, params: { name, title: row.title }, link: opportunityEditHref(row.organisationId, row.id) });
				expired++;
			}
		});
	}
	return { reminded, expired };
}
