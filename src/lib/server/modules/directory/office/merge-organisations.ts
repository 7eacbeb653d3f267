import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { moveOrganisationMemberships, runOrganisationMergeHandlers } from '$lib/server/core/organisations';
import { withdrawModeration } from '$lib/server/core/moderation';
import { organisationCategories, places } from '../schema';
import { organisationInvitations, organisations } from '../../../core/organisations/schema';
import { findOrganisation } from '../../../core/organisations/queries';

const ZMerge = z
	.object({ sourceId: z.uuid({ error: 'error.choose_one' }), targetId: z.uuid({ error: 'error.choose_one' }) })
	.refine((m) => m.sourceId !== m.targetId, { path: ['targetId'], error: 'error.merge_same' });

/** Text fields the organisation that stays lacks are taken from the duplicate. */
export const fillable = ['shortName', 'description', 'contactName', 'contactEmail', 'contactPhone', 'street', 'postcode', 'city', 'phone', 'email', 'website', 'registerNumber'] as const;

/**
 * Coordinators merge a duplicate into the organisation that stays: places, fields of activity,
 * people and everything later capabilities link to move over; the duplicate remains as a
 * forwarding entry so old links still lead somewhere.
 */
export const mergeOrganisations = useCase({
	input: ZMerge,
	permission: 'directory.manage',
	run: async (ctx, { sourceId, targetId }) => {
		const [source, target] = await Promise.all([findOrganisation(ctx.db, ctx.tenant.id, sourceId), findOrganisation(ctx.db, ctx.tenant.id, targetId)]);
		if (!source || !target || source.status === 'merged' || target.status === 'merged') return fail('not_found');
		const tenantId = ctx.tenant.id;

		await ctx.db.transaction(async (tx) => {
			const filled = Object.fromEntries(fillable.filter((k) => !target[k] && source[k]).map((k) => [k, source[k]]));
			const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
			await tx
				.update(organisations)
				.set({
					...filled,
					languages: union(target.languages, source.languages),
					accessibility: union(target.accessibility, source.accessibility),
					targetGroups: union(target.targetGroups, source.targetGroups),
					foundingYear: target.foundingYear ?? source.foundingYear,
					networkMember: target.networkMember || source.networkMember,
					networkDeclaredAt: target.networkDeclaredAt ?? source.networkDeclaredAt,
					updatedAt: new Date()
				})
				.where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, targetId)));
			await tx
				.update(places)
				.set({ organisationId: targetId })
				.where(and(eq(places.tenantId, tenantId), eq(places.organisationId, sourceId)));
			const sourceCategories = await tx
				.select({ categoryId: organisationCategories.categoryId })
				.from(organisationCategories)
				.where(and(eq(organisationCategories.tenantId, tenantId), eq(organisationCategories.organisationId, sourceId)));
			if (sourceCategories.length)
				await tx
					.insert(organisationCategories)
					.values(sourceCategories.map((c) => ({ tenantId, organisationId: targetId, categoryId: c.categoryId })))
					.onConflictDoNothing();
			await tx.delete(organisationCategories).where(and(eq(organisationCategories.tenantId, tenantId), eq(organisationCategories.organisationId, sourceId)));
			await tx.delete(organisationInvitations).where(and(eq(organisationInvitations.tenantId, tenantId), eq(organisationInvitations.organisationId, sourceId)));
			await moveOrganisationMemberships(tx, tenantId, sourceId, targetId);
			await runOrganisationMergeHandlers(tx, tenantId, sourceId, targetId);
			// A merged proposal must not wait in the queue: approving it would publish the duplicate again.
			await withdrawModeration(tx, tenantId, 'organisation', sourceId);
			await tx
				.update(organisations)
				.set({ status: 'merged', mergedIntoId: targetId, updatedAt: new Date() })
				.where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, sourceId)));
			await recordAudit(tx, ctx.actor, {
				action: 'organisation.merged',
				entityType: 'organisation',
				entityId: targetId,
				before: { duplicate: { id: sourceId, name: source.name, status: source.status } },
				after: { filled: Object.keys(filled) }
			});
		});
		return ok({ targetId });
	}
});
