import { and, eq } from 'drizzle-orm';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { can } from '$lib/server/core/permissions';
import { recordAudit } from '$lib/server/core/audit';
import { submitForModeration, withdrawModeration } from '$lib/server/core/moderation';
import { organisations } from '../../../core/organisations/schema';
import { organisationCategoryIds } from '../search/queries';
import { findOrganisation } from '../../../core/organisations/queries';
import { profileColumns, readProfileInput, replaceCategories } from './organisation-fields';

/**
 * Owners, editors and coordinators keep a profile up to date; saving also confirms it is current.
 * A proposal sent back for changes goes into the queue again when its people save it.
 */
export async function updateOrganisation(
	ctx: Ctx,
	organisationId: string,
	input: unknown
): Promise<Result<{ resubmitted: boolean }, 'forbidden' | 'invalid' | 'not_found'>> {
	const org = await findOrganisation(ctx.db, ctx.tenant.id, organisationId);
	if (!org || org.status === 'merged') return fail('not_found');
	if (!can(ctx.actor, 'organisation.edit', { kind: 'organisation', tenantId: ctx.tenant.id, organisationId })) return fail('forbidden');
	const read = await readProfileInput(ctx, input);
	if (!read.ok) return read;
	const { profile, staffFields, staff } = read.value;
	const resubmit = !staff && (org.status === 'changes_requested' || org.status === 'rejected');

	await ctx.db.transaction(async (tx) => {
		const columns = { ...profileColumns(profile), ...staffFields };
		const before = Object.fromEntries(Object.keys(columns).map((k) => [k, org[k as keyof typeof org]]));
		const categoriesBefore = await organisationCategoryIds(tx, ctx.tenant.id, organisationId);
		await tx
			.update(organisations)
			.set({ ...columns, confirmedAt: new Date(), staleReminderSentAt: null, updatedAt: new Date(), ...(resubmit ? { status: 'proposed' as const } : {}) })
			.where(and(eq(organisations.tenantId, ctx.tenant.id), eq(organisations.id, organisationId)));
		await replaceCategories(tx, ctx.tenant.id, organisationId, profile.categoryIds);
		if (resubmit) await submitForModeration(tx, ctx.tenant.id, 'organisation', organisationId, ctx.actor.accountId);
		const changed = Object.keys(columns).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(columns[k as keyof typeof columns]));
		await recordAudit(tx, ctx.actor, {
			action: 'organisation.updated',
			entityType: 'organisation',
			entityId: organisationId,
			before: { ...Object.fromEntries(changed.map((k) => [k, before[k]])), categoryIds: categoriesBefore },
			after: { ...Object.fromEntries(changed.map((k) => [k, columns[k as keyof typeof columns]])), categoryIds: profile.categoryIds }
		});
	});
	return ok({ resubmitted: resubmit });
}

/** "Die Angaben sind aktuell": confirms the profile without changing it. */
export async function confirmOrganisationCurrent(ctx: Ctx, organisationId: string): Promise<Result<null, 'forbidden' | 'not_found'>> {
	const org = await findOrganisation(ctx.db, ctx.tenant.id, organisationId);
	if (!org || org.status === 'merged') return fail('not_found');
	if (!can(ctx.actor, 'organisation.edit', { kind: 'organisation', tenantId: ctx.tenant.id, organisationId })) return fail('forbidden');
	await ctx.db
		.update(organisations)
		.set({ confirmedAt: new Date(), staleReminderSentAt: null })
		.where(and(eq(organisations.tenantId, ctx.tenant.id), eq(organisations.id, organisationId)));
	return ok(null);
}

/** Owners and coordinators archive an organisation that no longer exists; coordinators can restore it. */
export async function setOrganisationArchived(ctx: Ctx, organisationId: string, archived: boolean): Promise<Result<null, 'forbidden' | 'not_found'>> {
	const org = await findOrganisation(ctx.db, ctx.tenant.id, organisationId);
	if (!org || org.status === 'merged') return fail('not_found');
	const target = { kind: 'organisation', tenantId: ctx.tenant.id, organisationId } as const;
	const allowed = archived ? can(ctx.actor, 'organisation.archive', target) : can(ctx.actor, 'moderation.decide', { kind: 'tenant', tenantId: ctx.tenant.id });
	if (!allowed) return fail('forbidden');
	if (archived ? org.status === 'archived' : org.status !== 'archived') return ok(null);
	const status = archived ? ('archived' as const) : ('published' as const);
	await ctx.db.transaction(async (tx) => {
		await tx.update(organisations).set({ status, updatedAt: new Date() }).where(and(eq(organisations.tenantId, ctx.tenant.id), eq(organisations.id, organisationId)));
		if (archived) await withdrawModeration(tx, ctx.tenant.id, 'organisation', organisationId);
		await recordAudit(tx, ctx.actor, { action: archived ? 'organisation.archived' : 'organisation.restored', entityType: 'organisation', entityId: organisationId, before: { status: org.status }, after: { status } });
	});
	return ok(null);
}
