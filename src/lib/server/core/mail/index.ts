import { and, desc, eq, inArray, like, notLike, or, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '$lib/server/db/client';
import type { Locale } from '$lib/i18n';
import { enqueueJob, MAX_ATTEMPTS, registerJobHandler } from '../jobs';
import { mailAttachments, mails } from './schema';
import type { Redactor } from '../privacy/redact';
import { renderMail, type MailFooterLinks } from './templates';
import { pageOf, pageWindow } from '../pagination';

export { renderMail, registerMailTemplates, mailTemplate, type MailTemplate, type MailFooterLinks } from './templates';

let transport: Transporter | null = null;
let from = 'Gemeinwerk <noreply@gemeinwerk.invalid>';

/** Without an SMTP URL mails are held in the outbox that admins read at /admin/mail. */
export function configureMail(options: { smtpUrl?: string; from?: string }): void {
	transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
	if (options.from) from = options.from;
}

/** A file sent with a mail; text (an iCalendar entry) is stored as UTF-8. */
export interface MailAttachment {
	filename: string;
	contentType: string;
	content: Uint8Array | string;
}

export interface QueueMailInput {
	to: string;
	accountId?: string;
	template: string;
	locale: Locale;
	params: Record<string, string>;
	/** For mails people may stop: the one-click link goes into the footer and the List-Unsubscribe headers. */
	links?: MailFooterLinks;
	attachments?: MailAttachment[];
}

/** RFC 8058: a mail program may offer "unsubscribe" and POST `List-Unsubscribe=One-Click` to the link itself. */
const unsubscribeHeaders = (links: MailFooterLinks | undefined): Record<string, string> =>
	links ? { 'List-Unsubscribe': `<${links.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {};

/** Stores the mail, its attachments and the job to send it; call inside the transaction of the change that causes it. */
export async function queueMail(db: Db, tenantId: string, input: QueueMailInput): Promise<string> {
	const rendered = renderMail(input.template, input.locale, input.params, input.links);
	const [mail] = await db
		.insert(mails)
		.values({
			tenantId,
			toAddress: input.to,
			accountId: input.accountId ?? null,
			template: input.template,
			subject: rendered.subject,
			textBody: rendered.text,
			htmlBody: rendered.html,
			headers: unsubscribeHeaders(input.links)
		})
		.returning({ id: mails.id });
	if (input.attachments?.length) {
		await db.insert(mailAttachments).values(
			input.attachments.map((file, position) => ({
				tenantId,
				mailId: mail.id,
				position,
				filename: file.filename,
				contentType: file.contentType,
				content: Buffer.from(typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content)
			}))
		);
	}
	await enqueueJob(db, tenantId, 'mail.send', { mailId: mail.id });
	return mail.id;
}

async function attachmentsOf(db: Db, tenantId: string, mailId: string) {
	return db
		.select()
		.from(mailAttachments)
		.where(and(eq(mailAttachments.tenantId, tenantId), eq(mailAttachments.mailId, mailId)))
		.orderBy(mailAttachments.position);
}

registerJobHandler('mail.send', async (db, job) => {
	const { mailId } = job.payload as { mailId: string };
	const where = and(eq(mails.tenantId, job.tenantId), eq(mails.id, mailId));
	const [mail] = await db.select().from(mails).where(where);
	if (!mail || mail.status === 'sent') return;
	if (!transport) {
		await db.update(mails).set({ status: 'held' }).where(where);
		return;
	}
	try {
		const attachments = await attachmentsOf(db, job.tenantId, mailId);
		await transport.sendMail({
			from,
			to: mail.toAddress,
			subject: mail.subject,
			text: mail.textBody,
			html: mail.htmlBody,
			headers: mail.headers,
			attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content }))
		});
	} catch (error) {
		await db
			.update(mails)
			.set({
				status: job.attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
				lastError: error instanceof Error ? error.message.slice(0, 500) : 'send failed'
			})
			.where(where);
		throw error;
	}
	await db.update(mails).set({ status: 'sent', sentAt: new Date(), lastError: null }).where(where);
});

export type Mail = typeof mails.$inferSelect;

export async function listMails(db: Db, tenantId: string, options: { page?: number; perPage?: number; to?: string } = {}) {
	const window = pageWindow(options.page, options.perPage ?? 50);
	const where = options.to ? and(eq(mails.tenantId, tenantId), eq(sql`lower(${mails.toAddress})`, options.to.toLowerCase())) : eq(mails.tenantId, tenantId);
	const [rows, [{ total }]] = await Promise.all([
		db.select().from(mails).where(where).orderBy(desc(mails.createdAt)).limit(window.limit).offset(window.offset),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(mails)
			.where(where)
	]);
	return pageOf(rows, total, window);
}

export async function findMail(db: Db, tenantId: string, id: string): Promise<Mail | undefined> {
	const [mail] = await db
		.select()
		.from(mails)
		.where(and(eq(mails.tenantId, tenantId), eq(mails.id, id)));
	return mail;
}

/** What was attached to a mail, without the content: for the outbox and "Meine Daten". */
export async function listAttachments(db: Db, tenantId: string, mailIds: string[]) {
	if (!mailIds.length) return [];
	return db
		.select({ mailId: mailAttachments.mailId, filename: mailAttachments.filename, contentType: mailAttachments.contentType, size: sql<number>`octet_length(${mailAttachments.content})` })
		.from(mailAttachments)
		.where(and(eq(mailAttachments.tenantId, tenantId), inArray(mailAttachments.mailId, mailIds)))
		.orderBy(mailAttachments.mailId, mailAttachments.position);
}

/** Mails about an account or to any address it ever had: what "Meine Daten" shows and deletion erases. */
export const mailsOf = (tenantId: string, accountId: string, addresses: string[]) =>
	and(
		eq(mails.tenantId, tenantId),
		addresses.length
			? or(
					eq(mails.accountId, accountId),
					inArray(
						sql`lower(${mails.toAddress})`,
						addresses.map((a) => a.toLowerCase())
					)
				)
			: eq(mails.accountId, accountId)
	);

export async function deleteMailsOf(db: Db, tenantId: string, accountId: string, addresses: string[]): Promise<void> {
	await db.delete(mails).where(mailsOf(tenantId, accountId, addresses));
}

/**
 * Mails to others that mention a deleted person (an invitation she sent, a barrier report with
 * her address) stay in the outbox with every mention replaced.
 */
export async function redactMailsMentioning(db: Db, tenantId: string, redact: Redactor): Promise<void> {
	const rows = await db
		.select({ id: mails.id, subject: mails.subject, textBody: mails.textBody, htmlBody: mails.htmlBody, lastError: mails.lastError })
		.from(mails)
		.where(and(eq(mails.tenantId, tenantId), or(...[mails.subject, mails.textBody, mails.htmlBody, mails.lastError].map((c) => redact.mayMention(c)))));
	for (const row of rows) {
		const redacted = {
			subject: redact.text(row.subject),
			textBody: redact.text(row.textBody),
			htmlBody: redact.text(row.htmlBody),
			lastError: row.lastError === null ? null : redact.text(row.lastError)
		};
		if (JSON.stringify(redacted) !== JSON.stringify({ subject: row.subject, textBody: row.textBody, htmlBody: row.htmlBody, lastError: row.lastError })) {
			await db
				.update(mails)
				.set(redacted)
				.where(and(eq(mails.tenantId, tenantId), eq(mails.id, row.id)));
			// A file (a PDF) cannot be redacted inside: a mail that names her loses its files that are not text.
			await db.delete(mailAttachments).where(and(eq(mailAttachments.tenantId, tenantId), eq(mailAttachments.mailId, row.id), notLike(mailAttachments.contentType, 'text/%')));
		}
	}
	await redactTextAttachments(db, tenantId, redact);
}

/** Calendar entries and other text files are redacted like the mail's text. */
async function redactTextAttachments(db: Db, tenantId: string, redact: Redactor): Promise<void> {
	const content = sql`convert_from(${mailAttachments.content}, 'UTF8')`;
	const rows = await db
		.select({ mailId: mailAttachments.mailId, position: mailAttachments.position, filename: mailAttachments.filename, text: sql<string>`${content}` })
		.from(mailAttachments)
		.where(and(eq(mailAttachments.tenantId, tenantId), like(mailAttachments.contentType, 'text/%'), or(redact.mayMention(content), redact.mayMention(mailAttachments.filename))));
	for (const row of rows) {
		await db
			.update(mailAttachments)
			.set({ filename: redact.text(row.filename), content: Buffer.from(redact.text(row.text), 'utf8') })
			.where(and(eq(mailAttachments.tenantId, tenantId), eq(mailAttachments.mailId, row.mailId), eq(mailAttachments.position, row.position)));
	}
}

/** One-time links (confirm, reset, invitation) are left out of copies such as the export: a copy must not open an account. */
export function withoutTokenLinks(text: string, placeholder: string): string {
	return text.replace(/https?:\/\/[^\s<>"]*[?&](?:token|code)=[^\s<>"]*/gi, placeholder);
}
