import { and, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { can } from '$lib/server/core/permissions';
import { mayInTenant } from '$lib/server/core/authorize';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { submitForModeration, withdrawModeration } from '$lib/server/core/moderation';
import { organisations } from '../../../core/organisations/schema';
import { ZOrganisationArchiving, ZOrganisationRef, ZOrganisationUpdate } from '../contracts';
import { organisationCategoryIds } from '../search/queries';
import { profileColumns, readProfileInput, replaceCategories } from './organisation-fields';
import { liveOrganisation, mayEditOrganisation, organisationTarget } from './organisation-access';

/**
 * Owners, editors and coordinators keep a profile up to date; saving also confirms it is current.
 * A proposal sent back for changes goes into the queue again when its people save it.
 */
export const updateOrganisation = useCase({
	target: ZOrganisationRef,
	input: ZOrganisationUpdate,
	allowed: mayEditOrganisation,
	run: async (ctx, { organisationId, ...form }) => {
		const org = await liveOrganisation(ctx, organisationId);
		if (!org) return fail('not_found');
		const read = await readProfileInput(ctx, form);
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
			if (resubmit) await submitForModeration(tx, ctx, 'organisation', organisationId, ctx.actor.accountId);
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
});

/** "Die Angaben sind aktuell": confirms the profile without changing it. */
export const confirmOrganisationCurrent = useCase({
	input: ZOrganisationRef,
	allowed: mayEditOrganisation,
	run: async (ctx, { organisationId }) => {
		await ctx.db
			.update(organisations)
			.set({ confirmedAt: new Date(), staleReminderSentAt: null })
			.where(and(eq(organisations.tenantId, ctx.tenant.id), eq(organisations.id, organisationId)));
		return ok(null);
	}
});

/** Owners and coordinators archive an organisation that no longer exists; coordinators can restore it. */
export const setOrganisationArchived = useCase({
	input: ZOrganisationArchiving,
	allowed: async (ctx, { organisationId, archived }) => {
		if (!(await liveOrganisation(ctx, organisationId))) return 'not_found';
		return archived ? can(ctx.actor, 'organisation.archive', organisationTarget(ctx, organisationId)) : mayInTenant(ctx, 'moderation.decide');
	},
	run: async (ctx, { organisationId, archived }) => {
		const org = await liveOrganisation(ctx, organisationId);
		if (!org) return fail('not_found');
		if (archived ? org.status === 'archived' : org.status !== 'archived') return ok(null);
		const status = archived ? ('archived' as const) : ('published' as const);
		await ctx.db.transaction(async (tx) => {
			await tx
				.update(organisations)
				.set({ status, updatedAt: new Date() })
				.where(and(eq(organisations.tenantId, ctx.tenant.id), eq(organisations.id, organisationId)));
			if (archived) await withdrawModeration(tx, ctx.tenant.id, 'organisation', organisationId);
			await recordAudit(tx, ctx.actor, {
				action: archived ? 'organisation.archived' : 'organisation.restored',
				entityType: 'organisation',
				entityId: organisationId,
				before: { status: org.status },
				after: { status }
			});
		});
		return ok(null);
	}
});
