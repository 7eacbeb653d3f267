import { and, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { recordAudit } from '$lib/server/core/audit';
import type { Actor } from '$lib/server/core/permissions';
import { opportunities } from '../schema';
import type { OpportunityStatus } from '../vocabulary';
import { findOpportunity, type Opportunity } from './access';

/** The date `months` after `from`, clamped to the month's end (31 January + 1 month = 28/29 February). */
export function addMonths(from: Date, months: number): Date {
	const date = new Date(from);
	const day = date.getUTCDate();
	date.setUTCDate(1);
	date.setUTCMonth(date.getUTCMonth() + months);
	const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
	date.setUTCDate(Math.min(day, last));
	return date;
}

/** What being (again) confirmed as current sets: the next expiry, and the reminders of the old one forgotten. */
export const confirmation = (months: number, now = new Date()) => ({ confirmedAt: now, expiresAt: addMonths(now, months), remindedAt: null });

/** Going public: now, for the tenant's period. */
export const publication = (months: number, now = new Date()) => ({ status: 'published' as const, publishedAt: now, ...confirmation(months, now) });

type Columns = Partial<Omit<typeof opportunities.$inferInsert, 'tenantId' | 'id'>>;

/** Writes a status change with its audit entry; call inside the use case's transaction. */
export async function writeStatus(db: Db, actor: Actor, found: Opportunity, action: string, columns: Columns & { status: OpportunityStatus }): Promise<void> {
	await db
		.update(opportunities)
		.set({ ...columns, updatedAt: new Date() })
		.where(and(eq(opportunities.tenantId, found.tenantId), eq(opportunities.id, found.id)));
	await recordAudit(db, actor, { action, entityType: 'opportunity', entityId: found.id, before: { status: found.status }, after: { status: columns.status } });
}

/**
 * One step of the lifecycle: only from the statuses given (else `wrong_status`, so a second click
 * on an old page changes nothing); `columns` may depend on the row as it was.
 */
export async function changeStatus(
	ctx: Ctx,
	opportunityId: string,
	step: { from: readonly OpportunityStatus[]; action: string; columns: (found: Opportunity) => Columns & { status: OpportunityStatus }; also?: (db: Db, found: Opportunity) => Promise<void> }
): Promise<Result<{ status: OpportunityStatus }, 'not_found' | 'wrong_status'>> {
	return ctx.db.transaction(async (tx) => {
		const found = await findOpportunity(tx, ctx.tenant.id, opportunityId);
		if (!found) return fail('not_found');
		if (!step.from.includes(found.status)) return fail('wrong_status');
		const columns = step.columns(found);
		await writeStatus(tx, ctx.actor, found, step.action, columns);
		await step.also?.(tx, found);
		return ok({ status: columns.status });
	});
}
