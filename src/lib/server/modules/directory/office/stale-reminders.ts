import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { ok } from '$lib/server/core/result';
import { useCase, ZNoInput } from '$lib/server/core/use-case';
import { config } from '$lib/server/core/config';
import { notify, type Recipient } from '$lib/server/core/notifications';
import { listTenants, tenantBaseUrl } from '$lib/server/core/tenants';
import { listOrganisationOwners } from '$lib/server/core/accounts';
import { organisations } from '../../../core/organisations/schema';
import { STALE_AFTER_MONTHS } from '../search/queries';

export const unconfirmed = (tenantId: string) =>
	and(eq(organisations.tenantId, tenantId), eq(organisations.status, 'published'), lt(organisations.confirmedAt, sql`now() - make_interval(months => ${STALE_AFTER_MONTHS})`));

/**
 * Profiles not confirmed for 12 months: their owners (or, without owners, the organisation's
 * address) get one reminder; four weeks later the public page shows "nicht aktuell bestätigt"
 * until someone confirms or edits it. Per municipality in one transaction: a profile is marked
 * reminded together with its reminders, or neither.
 */
export async function sendStaleReminders(db: Db): Promise<number> {
	let sent = 0;
	for (const tenant of await listTenants(db)) {
		const sender = { tenant, baseUrl: await tenantBaseUrl(db, tenant, config().PUBLIC_URL) };
		sent += await db.transaction(async (tx) => {
			const due = await tx
				.update(organisations)
				.set({ staleReminderSentAt: new Date() })
				.where(and(unconfirmed(tenant.id), isNull(organisations.staleReminderSentAt)))
				.returning({ id: organisations.id, name: organisations.name, email: organisations.email, contactEmail: organisations.contactEmail });
			const owners = await listOrganisationOwners(
				tx,
				tenant.id,
				due.map((o) => o.id)
			);
			let queued = 0;
			for (const org of due) {
				const own = owners.filter((o) => o.organisationId === org.id);
				const recipients: { to: Recipient; name: string }[] = own.length
					? own.map((owner) => ({ to: { account: owner }, name: owner.displayName }))
					: [org.contactEmail || org.email].filter(Boolean).map((email) => ({ to: { email, locale: tenant.defaultLocale }, name: org.name }));
				for (const { to, name } of recipients) {
					await notify(tx, sender, { kind: 'organisation_stale', to, params: { name, organisation: org.name }, link: `/netzwerk/organisationen/${org.id}/bearbeiten` });
					queued++;
				}
			}
			return queued;
		});
	}
	return sent;
}

/** For coordinators: every published profile not confirmed for 12 months, oldest first. */
export const listStaleOrganisations = useCase({
	input: ZNoInput,
	permission: 'directory.manage',
	run: async (ctx) => {
		const rows = await ctx.db
			.select({ id: organisations.id, name: organisations.name, confirmedAt: organisations.confirmedAt, staleReminderSentAt: organisations.staleReminderSentAt })
			.from(organisations)
			.where(unconfirmed(ctx.tenant.id))
			.orderBy(organisations.confirmedAt, organisations.name);
		return ok(rows);
	}
});
