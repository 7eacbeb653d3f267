import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '$lib/server/db/client';
import { translate } from '$lib/i18n';
import type { Ctx } from '../context';
import { fail, ok } from '../result';
import { longText } from '../validation';
import { recordAudit } from '../audit';
import { can } from '../permissions';
import { useCase } from '../use-case';
import { notify, type NotificationKind, type NotifySender } from '../notifications';
import { findAccountById } from '../accounts/queries';
import { accounts, roleAssignments } from '../accounts/schema';
import { moderationItems } from './schema';

export type Decision = 'approved' | 'rejected' | 'changes_requested';

/** Title and links (paths inside the tenant) for the queue and the mail to the proposer. */
export interface SubjectDescription {
	title: string;
	href: string;
	editHref: string;
	/** Existing or waiting things that may be the same one, for the coordinator to compare. */
	similar?: SimilarSubject[];
}

export interface SimilarSubject {
	title: string;
	href: string;
	/** Still waiting for approval itself. */
	waiting: boolean;
	/** Where the two can be merged, if they can. */
	mergeHref?: string;
}

/** What a capability tells the queue about the things it lets coordinators moderate. */
export interface ModerationSubject {
	/** Describes a page of subjects in one query; ids it does not know are left out of the map. */
	describe(db: Db, tenantId: string, subjectIds: string[]): Promise<Map<string, SubjectDescription>>;
	/** Applies the decision to the subject (publish, reject, …); runs in the decision's transaction. The queue tells the proposer. */
	decide(db: Db, ctx: Ctx, subjectId: string, decision: Decision, reason: string): Promise<void>;
}

const subjects = new Map<string, ModerationSubject>();

export const QUEUE_PATH = '/koordination/freigaben';

// The coordinators hear of each proposal, the proposer of the decision; each may choose how (or to read it in Mein Bereich only).
export const moderationNotificationKinds: NotificationKind[] = [
	{
		name: 'moderation_submitted',
		transactional: false,
		subject: 'mail.moderation_submitted.subject',
		body: 'mail.moderation_submitted.body',
		title: 'notifications.title.moderation_submitted',
		label: 'notifications.kind.moderation_submitted'
	},
	{
		name: 'moderation_approved',
		transactional: false,
		subject: 'mail.moderation_approved.subject',
		body: 'mail.moderation_approved.body',
		label: 'notifications.kind.moderation_approved'
	},
	{
		name: 'moderation_changes_requested',
		transactional: false,
		subject: 'mail.moderation_changes_requested.subject',
		body: 'mail.moderation_changes_requested.body',
		label: 'notifications.kind.moderation_changes_requested'
	},
	{
		name: 'moderation_rejected',
		transactional: false,
		subject: 'mail.moderation_rejected.subject',
		body: 'mail.moderation_rejected.body',
		label: 'notifications.kind.moderation_rejected'
	}
];

export function registerModerationSubject(type: string, subject: ModerationSubject): void {
	subjects.set(type, subject);
}

/** Takes a subject's open entry out of the queue (it was merged, archived or submitted again). */
export async function withdrawModeration(db: Db, tenantId: string, subjectType: string, subjectId: string): Promise<void> {
	await db
		.update(moderationItems)
		.set({ status: 'withdrawn', decidedAt: new Date() })
		.where(and(eq(moderationItems.tenantId, tenantId), eq(moderationItems.subjectType, subjectType), eq(moderationItems.subjectId, subjectId), eq(moderationItems.status, 'open')));
}

/**
 * Puts a subject in the queue (or back in it after changes) and tells every coordinator of the
 * municipality; call in the transaction that created or changed it (the use case's `ctx` is the sender).
 */
export async function submitForModeration(db: Db, sender: NotifySender, subjectType: string, subjectId: string, submittedBy: string | null): Promise<void> {
	const tenantId = sender.tenant.id;
	await withdrawModeration(db, tenantId, subjectType, subjectId);
	await db.insert(moderationItems).values({ tenantId, subjectType, subjectId, submittedBy });
	await tellCoordinators(db, sender, subjectType, subjectId, submittedBy);
}

async function tellCoordinators(db: Db, sender: NotifySender, subjectType: string, subjectId: string, submittedBy: string | null): Promise<void> {
	const tenantId = sender.tenant.id;
	const coordinators = await db
		.select({ id: accounts.id, email: accounts.email, locale: accounts.locale, displayName: accounts.displayName })
		.from(accounts)
		.innerJoin(roleAssignments, and(eq(roleAssignments.tenantId, accounts.tenantId), eq(roleAssignments.accountId, accounts.id)))
		.where(and(eq(accounts.tenantId, tenantId), eq(roleAssignments.role, 'coordinator'), isNull(accounts.disabledAt)));
	const recipients = coordinators.filter((c) => c.id !== submittedBy);
	if (!recipients.length) return;
	const [described, proposer] = await Promise.all([
		subjects
			.get(subjectType)
			?.describe(db, tenantId, [subjectId])
			.then((found) => found.get(subjectId)),
		submittedBy ? findAccountById(db, tenantId, submittedBy) : undefined
	]);
	for (const coordinator of recipients) {
		await notify(db, sender, {
			kind: 'moderation_submitted',
			to: { account: coordinator },
			params: { name: coordinator.displayName, title: described?.title ?? subjectType, proposer: proposer?.displayName ?? translate(coordinator.locale, 'moderation.someone') },
			link: QUEUE_PATH
		});
	}
}

export type ModerationItem = typeof moderationItems.$inferSelect;

export async function listModeration(ctx: Ctx, status: ModerationItem['status'] = 'open') {
	if (!can(ctx.actor, 'moderation.decide', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden' as const);
	const rows = await ctx.db
		.select({ item: moderationItems, proposerName: accounts.displayName, proposerEmail: accounts.email })
		.from(moderationItems)
		.leftJoin(accounts, and(eq(accounts.tenantId, moderationItems.tenantId), eq(accounts.id, moderationItems.submittedBy)))
		.where(and(eq(moderationItems.tenantId, ctx.tenant.id), eq(moderationItems.status, status)))
		.orderBy(status === 'open' ? asc(moderationItems.submittedAt) : desc(moderationItems.decidedAt))
		.limit(200)
		.then((found) => found.map(({ item, proposerName, proposerEmail }) => ({ ...item, proposer: proposerEmail ? { name: proposerName ?? '', email: proposerEmail } : null })));
	// One query per type of subject on the page, not one per item.
	const byType = new Map<string, string[]>();
	for (const item of rows) byType.set(item.subjectType, [...(byType.get(item.subjectType) ?? []), item.subjectId]);
	const descriptions = new Map<string, Map<string, SubjectDescription>>();
	for (const [type, ids] of byType) {
		const subject = subjects.get(type);
		if (subject) descriptions.set(type, await subject.describe(ctx.db, ctx.tenant.id, [...new Set(ids)]));
	}
	return ok(rows.map((item) => ({ ...item, subject: descriptions.get(item.subjectType)?.get(item.subjectId) ?? null })));
}

export async function countOpenModeration(db: Db, tenantId: string): Promise<number> {
	const [{ n }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(moderationItems)
		.where(and(eq(moderationItems.tenantId, tenantId), eq(moderationItems.status, 'open')));
	return n;
}

const ZDecision = z
	.object({
		itemId: z.uuid(),
		decision: z.enum(['approved', 'rejected', 'changes_requested'], { error: 'moderation.choose_decision' }),
		reason: longText(2000)
	})
	.refine((d) => d.decision === 'approved' || d.reason.length >= 5, { path: ['reason'], error: 'error.reason_required' });

/** A coordinator approves, rejects (with a reason) or asks for changes (with what to change). */
export const decideModeration = useCase({
	input: ZDecision,
	permission: 'moderation.decide',
	run: async (ctx, { itemId, decision, reason }) =>
		ctx.db.transaction(async (tx) => {
			const where = and(eq(moderationItems.tenantId, ctx.tenant.id), eq(moderationItems.id, itemId));
			const [item] = await tx.select().from(moderationItems).where(where).for('update');
			if (!item) return fail('not_found');
			if (item.status !== 'open') return fail('already_decided');
			const subject = subjects.get(item.subjectType);
			if (!subject) return fail('not_found');
			await tx
				.update(moderationItems)
				.set({ status: decision, decidedBy: ctx.actor.accountId, decidedAt: new Date(), reason: reason || null })
				.where(where);
			await subject.decide(tx, ctx, item.subjectId, decision, reason);
			await tellProposer(tx, ctx, item, subject, decision, reason);
			await recordAudit(tx, ctx.actor, {
				action: `moderation.${decision}`,
				entityType: item.subjectType,
				entityId: item.subjectId,
				before: { status: 'open' },
				after: { status: decision, reason: reason || null }
			});
			return ok(null);
		})
});

/** The person who proposed hears the decision, with the reason and where to go next. */
async function tellProposer(db: Db, ctx: Ctx, item: ModerationItem, subject: ModerationSubject, decision: Decision, reason: string): Promise<void> {
	if (!item.submittedBy) return;
	const [account, described] = await Promise.all([
		findAccountById(db, ctx.tenant.id, item.submittedBy),
		subject.describe(db, ctx.tenant.id, [item.subjectId]).then((found) => found.get(item.subjectId))
	]);
	if (!account || !described) return;
	await notify(db, ctx, {
		kind: `moderation_${decision}`,
		to: { account },
		params: { name: account.displayName, title: described.title, reason },
		link: decision === 'approved' ? described.href : described.editHref
	});
}
