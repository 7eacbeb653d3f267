import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Ctx } from '$lib/server/core/context';
import { can } from '$lib/server/core/permissions';
import { fail, ok } from '$lib/server/core/result';
import { config } from '$lib/server/core/config';
import { queueMail } from '$lib/server/core/mail';
import { registerPeriodicTask } from '$lib/server/core/jobs';
import { listTenants, tenantBaseUrl } from '$lib/server/core/tenants';
import { listOrganisationMembers } from '$lib/server/core/accounts';
import { organisations } from './schema';
import { STALE_AFTER_MONTHS } from './queries';

const unconfirmed = (tenantId: string) =>
	and(
		eq(organisations.tenantId, tenantId),
		eq(organisations.status, 'published'),
		lt(organisations.confirmedAt, sql`now() - make_interval(months => ${STALE_AFTER_MONTHS})`)
	);

/**
 * Profiles not confirmed for 12 months: their owners get one reminder; four weeks later the
 * public page shows "nicht aktuell bestätigt" until someone confirms or edits it.
 */
export async function sendStaleReminders(db: Db): Promise<number> {
	let sent = 0;
	for (const tenant of await listTenants(db)) {
		const due = await db
			.update(organisations)
			.set({ staleReminderSentAt: new Date() })
			.where(and(unconfirmed(tenant.id), isNull(organisations.staleReminderSentAt)))
			.returning({ id: organisations.id, name: organisations.name, email: organisations.email, contactEmail: organisations.contactEmail });
		if (!due.length) continue;
		const baseUrl = await tenantBaseUrl(db, tenant, config().PUBLIC_URL);
		for (const org of due) {
			const owners = (await listOrganisationMembers(db, tenant.id, org.id)).filter((m) => m.role === 'owner');
			const recipients = owners.length
				? owners.map((o) => ({ to: o.email, name: o.displayName, accountId: o.accountId as string | undefined }))
				: [org.contactEmail || org.email].filter(Boolean).map((to) => ({ to, name: org.name, accountId: undefined }));
			for (const recipient of recipients) {
				await queueMail(db, tenant.id, {
					to: recipient.to,
					accountId: recipient.accountId,
					template: 'organisation_stale',
					locale: tenant.defaultLocale,
					params: { name: recipient.name, organisation: org.name, tenant: tenant.name, link: `${baseUrl}/netzwerk/organisationen/${org.id}/bearbeiten` }
				});
				sent++;
			}
		}
	}
	return sent;
}

registerPeriodicTask('directory.stale-reminders', { every: 'day', at: '09:00' }, async (db) => {
	await sendStaleReminders(db);
});

/** For coordinators: every published profile not confirmed for 12 months, oldest first. */
export async function listStaleOrganisations(ctx: Ctx) {
	if (!can(ctx.actor, 'directory.manage', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden' as const);
	const rows = await ctx.db
		.select({ id: organisations.id, name: organisations.name, confirmedAt: organisations.confirmedAt, staleReminderSentAt: organisations.staleReminderSentAt })
		.from(organisations)
		.where(unconfirmed(ctx.tenant.id))
		.orderBy(organisations.confirmedAt, organisations.name);
	return ok(rows);
}
