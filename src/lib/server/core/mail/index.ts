import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '$lib/server/db/client';
import type { Locale } from '$lib/i18n';
import { enqueueJob, MAX_ATTEMPTS, registerJobHandler } from '../jobs';
import { mails } from './schema';
import { boundedPage } from '../validation';
import type { Redactor } from '../privacy/redact';
import { renderMail, type MailTemplate } from './templates';
import { pageOf, pageWindow } from '../pagination';

export { renderMail, type MailTemplate };

let transport: Transporter | null = null;
let from = 'Gemeinwerk <noreply@gemeinwerk.invalid>';

/** Without an SMTP URL mails are held in the outbox that admins read at /admin/mail. */
export function configureMail(options: { smtpUrl?: string; from?: string }): void {
	transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
	if (options.from) from = options.from;
}

export interface QueueMailInput {
	to: string;
	accountId?: string;
	template: MailTemplate;
	locale: Locale;
	params: Record<string, string>;
}

/** Stores the mail and the job to send it; call inside the transaction of the change that causes it. */
export async function queueMail(db: Db, tenantId: string, input: QueueMailInput): Promise<string> {
	const rendered = renderMail(input.template, input.locale, input.params);
	const [mail] = await db
		.insert(mails)
		.values({
			tenantId,
			toAddress: input.to,
			accountId: input.accountId ?? null,
			template: input.template,
			subject: rendered.subject,
			textBody: rendered.text,
			htmlBody: rendered.html
		})
		.returning({ id: mails.id });
	await enqueueJob(db, tenantId, 'mail.send', { mailId: mail.id });
	return mail.id;
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
		await transport.sendMail({ from, to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody });
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
	const where = options.to
		? and(eq(mails.tenantId, tenantId), eq(mails.toAddress, options.to.toLowerCase()))
		: eq(mails.tenantId, tenantId);
	const [rows, [{ total }]] = await Promise.all([
		db.select().from(mails).where(where).orderBy(desc(mails.createdAt)).limit(window.limit).offset(window.offset),
		db.select({ total: sql<number>`count(*)::int` }).from(mails).where(where)
	]);
	return pageOf(rows, total, window);
}

export async function findMail(db: Db, tenantId: string, id: string): Promise<Mail | undefined> {
	const [mail] = await db.select().from(mails).where(and(eq(mails.tenantId, tenantId), eq(mails.id, id)));
	return mail;
}

/** Mails about an account or to any address it ever had: what "Meine Daten" shows and deletion erases. */
export const mailsOf = (tenantId: string, accountId: string, addresses: string[]) =>
	and(
		eq(mails.tenantId, tenantId),
		addresses.length ? or(eq(mails.accountId, accountId), inArray(sql`lower(${mails.toAddress})`, addresses.map((a) => a.toLowerCase()))) : eq(mails.accountId, accountId)
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
		if (JSON.stringify(redacted) !== JSON.stringify({ subject: row.subject, textBody: row.textBody, htmlBody: row.htmlBody, lastError: row.lastError }))
			await db.update(mails).set(redacted).where(and(eq(mails.tenantId, tenantId), eq(mails.id, row.id)));
	}
}

/** One-time links (confirm, reset, invitation) are left out of copies such as the export: a copy must not open an account. */
export function withoutTokenLinks(text: string, placeholder: string): string {
	return text.replace(/https?:\/\/[^\s<>"]*[?&](?:token|code)=[^\s<>"]*/gi, placeholder);
}
