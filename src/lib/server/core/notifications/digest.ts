import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { translate, type Locale } from '$lib/i18n';
import type { Db } from '$lib/server/db/client';
import { config } from '../config';
import { enqueueJob, registerJobHandler, registerPeriodicTask } from '../jobs';
import { queueMail, registerMailTemplates } from '../mail';
import { findAccountById } from '../accounts/queries';
import { findTenantById, tenantBaseUrl } from '../tenants';
import { notificationKind, titleOf } from './kinds';
import { mailWhere, unsubscribeLinks, type NotifySender } from './notify';
import { notifications } from './schema';
import { ALL_KINDS } from './unsubscribe-token';

export type DigestPeriod = 'daily' | 'weekly';

const DIGEST_JOB = 'notifications.digest';

registerMailTemplates({
	notification_digest_daily: { subject: 'mail.digest_daily.subject', body: 'mail.digest.body' },
	notification_digest_weekly: { subject: 'mail.digest_weekly.subject', body: 'mail.digest.body' }
});

/**
 * At the digest's time: one job per person with entries waiting, named by the slot, so a digest
 * is never queued twice for the same morning.
 */
export async function queueDigests(db: Db, period: DigestPeriod, slot: Date): Promise<number> {
	const waiting = await db
		.selectDistinct({ tenantId: notifications.tenantId, accountId: notifications.accountId })
		.from(notifications)
		.where(and(eq(notifications.mail, period), isNull(notifications.mailedAt)));
	let queued = 0;
	for (const { tenantId, accountId } of waiting) {
		const dedupeKey = `digest:${period}:${accountId}:${slot.toISOString()}`;
		if (await enqueueJob(db, tenantId, DIGEST_JOB, { accountId, period }, { dedupeKey })) queued++;
	}
	return queued;
}

/** The digest's list: one paragraph per entry, oldest first, its title in the reader's language and its link below. */
export function digestText(entries: { kind: string; params: Record<string, string>; link: string | null }[], locale: Locale, sender: NotifySender): string {
	return entries
		.map((entry) => {
			const kind = notificationKind(entry.kind);
			const title = kind && !kind.transactional ? translate(locale, titleOf(kind), { tenant: sender.tenant.name, ...entry.params }) : translate(locale, 'notifications.unknown_kind');
			return entry.link ? `– ${title}\n  ${sender.baseUrl}${entry.link}` : `– ${title}`;
		})
		.join('\n\n');
}

/** One mail with every entry of the period not mailed yet, in the person's language; returns its id, or null when none waited. */
export async function sendDigest(db: Db, tenantId: string, accountId: string, period: DigestPeriod): Promise<string | null> {
	return db.transaction(async (tx) => {
		const items = await tx
			.select()
			.from(notifications)
			.where(and(eq(notifications.tenantId, tenantId), eq(notifications.accountId, accountId), eq(notifications.mail, period), isNull(notifications.mailedAt)))
			.orderBy(asc(notifications.createdAt))
			.for('update');
		const [account, tenant] = await Promise.all([findAccountById(tx, tenantId, accountId), findTenantById(tx, tenantId)]);
		if (!items.length || !account || !tenant) return null;
		const sender = { tenant, baseUrl: await tenantBaseUrl(tx, tenant, config().PUBLIC_URL) };
		const mailId = await queueMail(tx, tenantId, {
			to: account.email,
			accountId,
			template: `notification_digest_${period}`,
			locale: account.locale,
			params: { name: account.displayName, tenant: tenant.name, where: mailWhere(tenant, account.locale), items: digestText(items, account.locale, sender) },
			links: await unsubscribeLinks(tx, sender, ALL_KINDS, { accountId })
		});
		await tx
			.update(notifications)
			.set({ mailedAt: new Date() })
			.where(
				and(
					eq(notifications.tenantId, tenantId),
					inArray(
						notifications.id,
						items.map((i) => i.id)
					)
				)
			);
		return mailId;
	});
}

registerJobHandler(DIGEST_JOB, async (db, job) => {
	const { accountId, period } = job.payload as { accountId: string; period: DigestPeriod };
	await sendDigest(db, job.tenantId, accountId, period);
});

// Mornings in Berlin: every day at seven, and on Mondays at seven for the week.
registerPeriodicTask('notifications.daily-digest', { every: 'day', at: '07:00' }, (db, slot) => queueDigests(db, 'daily', slot).then(() => undefined));
registerPeriodicTask('notifications.weekly-digest', { every: 'week', on: 'monday', at: '07:00' }, (db, slot) => queueDigests(db, 'weekly', slot).then(() => undefined));
