import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { translate, type Locale } from '$lib/i18n';
import { whereIn, type Whereabouts } from '$lib/i18n/where';
import { queueMail, type MailAttachment, type MailFooterLinks } from '../mail';
import { findAccountByEmail, findAccountById } from '../accounts/queries';
import { notificationKind } from './kinds';
import { mailSuppressions, notificationPreferences, notifications, type Delivery } from './schema';
import { ALL_KINDS, emailSha256, signUnsubscribe, type UnsubscribeRecipient } from './unsubscribe-token';

/** Where a notification comes from: the municipality and the absolute base of its links. */
export interface NotifySender {
	/** Its kind says "in Lindwerder" or "im Kreis Nordaue" in mails; a town without one. */
	tenant: { id: string; name: string; kind?: Whereabouts['kind'] };
	baseUrl: string;
}

/**
 * Whom it goes to: an account (looked up, or as the caller already has it), or an address.
 * An address with `accountId` is a mail about that account sent elsewhere (to a new address
 * being confirmed); an address alone that belongs to an account of the municipality is that account.
 */
export type Recipient = { accountId: string } | { account: { id: string; email: string; locale: Locale } } | { email: string; locale: Locale; accountId?: string };

export interface NotifyInput {
	kind: string;
	to: Recipient;
	/** Filled into subject, body and title; `tenant` is the municipality's name unless given. */
	params?: Record<string, string>;
	/** A path inside the municipality the entry in Mein Bereich leads to; the mail gets it as `{link}` unless params give one. */
	link?: string;
	attachments?: MailAttachment[];
}

export interface Notified {
	/** The entry in Mein Bereich (optional kinds sent to an account). */
	notificationId: string | null;
	/** The mail queued now; null when it waits for a digest or the person wants none. */
	mailId: string | null;
}

export const SETTINGS_PATH = '/mein-bereich/benachrichtigungen';
export const UNSUBSCRIBE_PATH = '/abbestellen';

export async function unsubscribeLinks(db: Db, sender: NotifySender, kind: string, recipient: UnsubscribeRecipient): Promise<MailFooterLinks> {
	const token = await signUnsubscribe(db, { tenantId: sender.tenant.id, kind, recipient });
	return {
		unsubscribe: `${sender.baseUrl}${UNSUBSCRIBE_PATH}?token=${token}`,
		...('accountId' in recipient ? { settings: `${sender.baseUrl}${SETTINGS_PATH}` } : {})
	};
}

/** The person's choice for a kind, or the kind's default. */
export async function deliveryFor(db: Db, tenantId: string, accountId: string, kind: string, fallback: Delivery): Promise<Delivery> {
	const [row] = await db
		.select({ delivery: notificationPreferences.delivery })
		.from(notificationPreferences)
		.where(and(eq(notificationPreferences.tenantId, tenantId), eq(notificationPreferences.accountId, accountId), eq(notificationPreferences.kind, kind)));
	return row?.delivery ?? fallback;
}

async function resolveAccount(db: Db, tenantId: string, to: Recipient) {
	if ('account' in to) return to.account;
	if ('accountId' in to && !('email' in to)) return findAccountById(db, tenantId, to.accountId);
	return undefined;
}

async function isSuppressed(db: Db, tenantId: string, email: string, kind: string): Promise<boolean> {
	const rows = await db
		.select({ kind: mailSuppressions.kind })
		.from(mailSuppressions)
		.where(and(eq(mailSuppressions.tenantId, tenantId), eq(mailSuppressions.emailSha256, emailSha256(email)), inArray(mailSuppressions.kind, [kind, ALL_KINDS])));
	return rows.length > 0;
}

/** "in Lindwerder", "im Kreis Nordaue" in the mail's language, for the `{where}` of mail texts. */
export const mailWhere = (tenant: NotifySender['tenant'], locale: Locale): string =>
	whereIn((key, params) => translate(locale, key, params), { name: tenant.name, kind: tenant.kind ?? 'municipality' });

/**
 * Tells someone that something happened: the one way capabilities send mail. Call it inside the
 * transaction of the change. A transactional kind is mailed as it is. Any other kind sent to an
 * account becomes an entry in Mein Bereich and is mailed as the person chose (at once, in the
 * daily or weekly digest, or not at all); every such mail carries a one-click unsubscribe link.
 */
export async function notify(db: Db, sender: NotifySender, input: NotifyInput): Promise<Notified> {
	const kind = notificationKind(input.kind);
	if (!kind) throw new Error(`notification kind ${input.kind} is not registered`);
	const tenantId = sender.tenant.id;
	const params = {
		tenant: sender.tenant.name,
		...(input.link !== undefined ? { link: `${sender.baseUrl}${input.link}` } : {}),
		...input.params
	};
	const mail = (to: string, locale: Locale, accountId: string | undefined, links?: MailFooterLinks) =>
		queueMail(db, tenantId, { to, accountId, template: kind.name, locale, params: { where: mailWhere(sender.tenant, locale), ...params }, links, attachments: input.attachments });

	if (kind.transactional) {
		if ('email' in input.to) return { notificationId: null, mailId: await mail(input.to.email, input.to.locale, input.to.accountId) };
		const account = await resolveAccount(db, tenantId, input.to);
		if (!account) throw new Error(`no account ${JSON.stringify(input.to)} to notify`);
		return { notificationId: null, mailId: await mail(account.email, account.locale, account.id) };
	}

	const account = (await resolveAccount(db, tenantId, input.to)) ?? ('email' in input.to ? await findAccountByEmail(db, tenantId, input.to.email) : undefined);
	if (!account) {
		if (!('email' in input.to)) throw new Error(`no account ${JSON.stringify(input.to)} to notify`);
		const { email, locale } = input.to;
		if (await isSuppressed(db, tenantId, email, kind.name)) return { notificationId: null, mailId: null };
		return { notificationId: null, mailId: await mail(email, locale, undefined, await unsubscribeLinks(db, sender, kind.name, { emailSha256: emailSha256(email) })) };
	}

	const delivery = await deliveryFor(db, tenantId, account.id, kind.name, kind.defaultDelivery ?? 'immediately');
	const [entry] = await db
		.insert(notifications)
		.values({
			tenantId,
			accountId: account.id,
			kind: kind.name,
			params: input.params ?? {},
			link: input.link ?? null,
			mail: delivery,
			mailedAt: delivery === 'immediately' ? new Date() : null
		})
		.returning({ id: notifications.id });
	const mailId = delivery === 'immediately' ? await mail(account.email, account.locale, account.id, await unsubscribeLinks(db, sender, kind.name, { accountId: account.id })) : null;
	return { notificationId: entry.id, mailId };
}
