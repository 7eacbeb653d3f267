import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { translate } from '$lib/i18n';
import type { PersonalDataSource } from '../privacy';
import { notificationKind, titleOf } from './kinds';
import { mailSuppressions, notificationPreferences, notifications } from './schema';
import { emailSha256 } from './unsubscribe-token';

export const notificationPersonalData: PersonalDataSource = {
	name: 'notifications',
	async export(db, { tenantId, accountId, emails, locale }) {
		const [entries, preferences, unsubscribed] = await Promise.all([
			db
				.select()
				.from(notifications)
				.where(and(eq(notifications.tenantId, tenantId), eq(notifications.accountId, accountId)))
				.orderBy(desc(notifications.createdAt)),
			db
				.select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery, updatedAt: notificationPreferences.updatedAt })
				.from(notificationPreferences)
				.where(and(eq(notificationPreferences.tenantId, tenantId), eq(notificationPreferences.accountId, accountId))),
			emails.length
				? db
						.select({ kind: mailSuppressions.kind, since: mailSuppressions.createdAt })
						.from(mailSuppressions)
						.where(and(eq(mailSuppressions.tenantId, tenantId), inArray(mailSuppressions.emailSha256, emails.map(emailSha256))))
				: []
		]);
		return {
			entries: entries.map((n) => {
				const kind = notificationKind(n.kind);
				return {
					kind: n.kind,
					title: kind && !kind.transactional ? translate(locale, titleOf(kind), n.params) : null,
					link: n.link,
					createdAt: n.createdAt,
					readAt: n.readAt,
					mail: n.mail,
					mailedAt: n.mailedAt
				};
			}),
			preferences,
			unsubscribedWithoutAccount: unsubscribed
		};
	},
	async erase(db, { tenantId, accountId, emails, redact }) {
		await db.delete(notifications).where(and(eq(notifications.tenantId, tenantId), eq(notifications.accountId, accountId)));
		await db.delete(notificationPreferences).where(and(eq(notificationPreferences.tenantId, tenantId), eq(notificationPreferences.accountId, accountId)));
		if (emails.length) await db.delete(mailSuppressions).where(and(eq(mailSuppressions.tenantId, tenantId), inArray(mailSuppressions.emailSha256, emails.map(emailSha256))));
		// Others' entries that name her ("Mirela invited you") keep their place without her.
		const mentioning = await db
			.select({ id: notifications.id, params: notifications.params, link: notifications.link })
			.from(notifications)
			.where(and(eq(notifications.tenantId, tenantId), redact.mayMention(sql`${notifications.params}::text`)));
		for (const row of mentioning) {
			await db
				.update(notifications)
				.set({ params: redact.json(row.params), link: row.link === null ? null : redact.text(row.link) })
				.where(and(eq(notifications.tenantId, tenantId), eq(notifications.id, row.id)));
		}
	}
};
