import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '$lib/server/db/client';
import type { Locale } from '$lib/i18n';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors, multiLine, singleLine } from '../validation';
import { recordAudit } from '../audit';
import { can } from '../permissions';
import { useCase } from '../use-case';
import { notify, type NotificationKind } from '../notifications';
import { ZEmail } from '../accounts/contracts';
import type { PersonalDataSource } from '../privacy';
import { accessibilityFeedback, legalPages } from './schema';
import { pageOf, pageWindow } from '../pagination';
import { accountNames } from '../accounts/queries';
import { isId } from '../validation';
import { daysLeft, feedbackDeadline, openFeedbackStatuses } from './feedback-deadline';
import { feedbackHandlers } from './answer-feedback';

export const legalKinds = ['imprint', 'privacy', 'accessibility'] as const;
export type LegalKind = (typeof legalKinds)[number];

/** The page in the asked language, else the German one (German is always written first). */
export async function getLegalPage(db: Db, tenantId: string, kind: LegalKind, locale: Locale) {
	const rows = await db
		.select()
		.from(legalPages)
		.where(and(eq(legalPages.tenantId, tenantId), eq(legalPages.kind, kind)));
	return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === 'de') ?? null;
}

/** Where each legal page is served inside a tenant. */
export const legalPaths: Record<LegalKind, string> = { imprint: '/impressum', privacy: '/datenschutz', accessibility: '/barrierefreiheit' };

/** The legal pages for the sitemap, each with the last change of any of its languages. */
export async function legalSitemap(ctx: Ctx): Promise<{ path: string; lastmod: Date | null }[]> {
	const rows = await ctx.db
		.select({ kind: legalPages.kind, changed: sql<string>`max(${legalPages.updatedAt})` })
		.from(legalPages)
		.where(eq(legalPages.tenantId, ctx.tenant.id))
		.groupBy(legalPages.kind);
	const changed = new Map(rows.map((row) => [row.kind, new Date(row.changed)]));
	return legalKinds.map((kind) => ({ path: legalPaths[kind], lastmod: changed.get(kind) ?? null }));
}

const ZLegalUpdate = z.object({
	kind: z.enum(legalKinds),
	locale: z.enum(['de', 'en']),
	body: multiLine().trim().min(1, { error: 'error.required' }).max(100_000, { error: 'error.too_long' })
});

/** Admins write their town's Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit, in German and English. */
export const updateLegalPage = useCase({
	input: ZLegalUpdate,
	permission: 'legal.edit',
	run: async (ctx, { kind, locale, body }) => {
		await ctx.db.transaction(async (tx) => {
			const before = await getLegalPage(tx, ctx.tenant.id, kind, locale);
			await tx
				.insert(legalPages)
				.values({ tenantId: ctx.tenant.id, kind, locale, body, updatedBy: ctx.actor.accountId, updatedAt: new Date() })
				.onConflictDoUpdate({
					target: [legalPages.tenantId, legalPages.kind, legalPages.locale],
					set: { body, updatedBy: ctx.actor.accountId, updatedAt: new Date() }
				});
			await recordAudit(tx, ctx.actor, {
				action: 'legal.updated',
				entityType: 'legal_page',
				entityId: `${kind}:${locale}`,
				before: before?.locale === locale ? { length: before.body.length } : null,
				after: { length: body.length }
			});
		});
		return ok(null);
	}
});

/** Seeds and installs write the first version without an actor. */
export async function putLegalPage(db: Db, tenantId: string, kind: LegalKind, locale: Locale, body: string): Promise<void> {
	await db
		.insert(legalPages)
		.values({ tenantId, kind, locale, body })
		.onConflictDoUpdate({ target: [legalPages.tenantId, legalPages.kind, legalPages.locale], set: { body } });
}

// The office must hear of every barrier report (BITV 2.0): not something to unsubscribe from.
export const legalNotificationKinds: NotificationKind[] = [
	{ name: 'accessibility_feedback', transactional: true, subject: 'mail.accessibility_feedback.subject', body: 'mail.accessibility_feedback.body' },
	// The answer to the sender, and the reminder before the legal deadline: always sent.
	{ name: 'accessibility_feedback_reply', transactional: true, subject: 'mail.accessibility_feedback_reply.subject', body: 'mail.accessibility_feedback_reply.body' },
	{ name: 'accessibility_feedback_due', transactional: true, subject: 'mail.accessibility_feedback_due.subject', body: 'mail.accessibility_feedback_due.body' }
];

const ZFeedback = z.object({
	pageUrl: singleLine().trim().max(500, { error: 'error.too_long' }).default(''),
	message: multiLine().trim().min(10, { error: 'error.feedback_short' }).max(5000, { error: 'error.too_long' }),
	contactEmail: z.union([z.literal(''), ZEmail]).default('')
});

/** BITV 2.0 feedback: anyone may report a barrier; the office gets a mail. */
export async function submitAccessibilityFeedback(ctx: Ctx, input: unknown): Promise<Result<null, 'invalid'>> {
	const parsed = ZFeedback.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const { pageUrl, message, contactEmail } = parsed.data;
	await ctx.db.transaction(async (tx) => {
		await tx.insert(accessibilityFeedback).values({ tenantId: ctx.tenant.id, pageUrl, message, contactEmail: contactEmail || null });
		await notify(tx, ctx, {
			kind: 'accessibility_feedback',
			to: { email: ctx.tenant.officeEmail, locale: ctx.tenant.defaultLocale },
			params: { page: pageUrl || '-', message, contact: contactEmail || '-' }
		});
	});
	return ok(null);
}

/** The barrier reports, newest first, each with its deadline, the days left and who handles it. */
export async function listAccessibilityFeedback(ctx: Ctx, requestedPage = 1) {
	const window = pageWindow(requestedPage, 50);
	if (!can(ctx.actor, 'feedback.read', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden' as const);
	const where = eq(accessibilityFeedback.tenantId, ctx.tenant.id);
	const [rows, [{ total }]] = await Promise.all([
		ctx.db.select().from(accessibilityFeedback).where(where).orderBy(desc(accessibilityFeedback.createdAt)).limit(window.limit).offset(window.offset),
		ctx.db
			.select({ total: sql<number>`count(*)::int` })
			.from(accessibilityFeedback)
			.where(where)
	]);
	const handlers = await accountNames(
		ctx.db,
		ctx.tenant.id,
		rows.flatMap((r) => (r.handlerId ? [r.handlerId] : []))
	);
	return ok(
		pageOf(
			rows.map((r) => withDeadline(r, handlers)),
			total,
			window
		)
	);
}

function withDeadline(row: typeof accessibilityFeedback.$inferSelect, handlers: Map<string, { displayName: string }>) {
	const deadline = feedbackDeadline(row.createdAt);
	const open = (openFeedbackStatuses as readonly string[]).includes(row.status);
	return { ...row, deadline, daysLeft: open ? daysLeft(deadline) : null, handlerName: row.handlerId ? (handlers.get(row.handlerId)?.displayName ?? null) : null };
}

/** One barrier report with what the answer form needs: the accounts that may handle it. */
export async function showAccessibilityFeedback(ctx: Ctx, feedbackId: string) {
	if (!can(ctx.actor, 'feedback.read', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden' as const);
	if (!isId(feedbackId)) return fail('not_found' as const);
	const [row] = await ctx.db
		.select()
		.from(accessibilityFeedback)
		.where(and(eq(accessibilityFeedback.tenantId, ctx.tenant.id), eq(accessibilityFeedback.id, feedbackId)));
	if (!row) return fail('not_found' as const);
	const handlers = await feedbackHandlers(ctx.db, ctx.tenant.id);
	return ok({ feedback: withDeadline(row, new Map(handlers.map((h) => [h.id, h]))), handlers });
}

// A barrier report stays with the office; the reporter's contact address, and her name, addresses or phone in the text and the answer, go with their account.
export const feedbackPersonalData: PersonalDataSource = {
	name: 'accessibilityFeedback',
	export: (db, { tenantId, emails }) =>
		db
			.select({
				message: accessibilityFeedback.message,
				pageUrl: accessibilityFeedback.pageUrl,
				createdAt: accessibilityFeedback.createdAt,
				status: accessibilityFeedback.status,
				reply: accessibilityFeedback.reply,
				repliedAt: accessibilityFeedback.repliedAt
			})
			.from(accessibilityFeedback)
			.where(and(eq(accessibilityFeedback.tenantId, tenantId), inArray(sql`lower(${accessibilityFeedback.contactEmail})`, emails))),
	async erase(db, { tenantId, accountId, emails, redact }) {
		// Reports she handled stay with the office, without her as their handler.
		await db
			.update(accessibilityFeedback)
			.set({ handlerId: null })
			.where(and(eq(accessibilityFeedback.tenantId, tenantId), eq(accessibilityFeedback.handlerId, accountId)));
		const rows = await db
			.select({
				id: accessibilityFeedback.id,
				message: accessibilityFeedback.message,
				pageUrl: accessibilityFeedback.pageUrl,
				reply: accessibilityFeedback.reply,
				contactEmail: accessibilityFeedback.contactEmail
			})
			.from(accessibilityFeedback)
			.where(
				and(
					eq(accessibilityFeedback.tenantId, tenantId),
					or(
						inArray(sql`lower(${accessibilityFeedback.contactEmail})`, emails),
						redact.mayMention(accessibilityFeedback.message),
						redact.mayMention(accessibilityFeedback.pageUrl),
						redact.mayMention(accessibilityFeedback.reply)
					)
				)
			);
		for (const row of rows)
			await db
				.update(accessibilityFeedback)
				.set({
					message: redact.text(row.message),
					pageUrl: redact.text(row.pageUrl),
					reply: redact.text(row.reply),
					contactEmail: row.contactEmail && emails.includes(row.contactEmail.toLowerCase()) ? null : row.contactEmail
				})
				.where(and(eq(accessibilityFeedback.tenantId, tenantId), eq(accessibilityFeedback.id, row.id)));
	}
};
