import { and, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { opportunities } from '../schema';
import { ZOpportunityRef, ZOpportunityUpdate } from '../contracts';
import { findOpportunity, mayManageOpportunity } from './access';
import { checkLinks, linksOf, opportunityColumns, replaceLinks } from './columns';

/** Changes every field of an opportunity in whatever status it is; the changed fields go to the audit log. */
export const updateOpportunity = useCase({
	target: ZOpportunityRef,
	input: ZOpportunityUpdate,
	allowed: mayManageOpportunity,
	run: async (ctx, { opportunityId, ...opportunity }) => {
		const found = await findOpportunity(ctx.db, ctx.tenant.id, opportunityId);
		if (!found) return fail('not_found');
		const checked = await checkLinks(ctx.db, ctx.tenant.id, found.organisationId, opportunity);
		if (!checked.ok) return checked;
		const columns = opportunityColumns(opportunity);
		await ctx.db.transaction(async (tx) => {
			const linksBefore = await linksOf(tx, ctx.tenant.id, opportunityId);
			await tx
				.update(opportunities)
				.set({ ...columns, updatedAt: new Date() })
				.where(and(eq(opportunities.tenantId, ctx.tenant.id), eq(opportunities.id, opportunityId)));
			await replaceLinks(tx, ctx.tenant.id, opportunityId, opportunity);
			const before: Record<string, unknown> = { ...found, ...linksBefore };
			const after: Record<string, unknown> = { ...columns, placeIds: [...new Set(opportunity.placeIds)].sort(), fieldIds: [...new Set(opportunity.fieldIds)].sort() };
			const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
			if (changed.length)
				await recordAudit(tx, ctx.actor, {
					action: 'opportunity.updated',
					entityType: 'opportunity',
					entityId: opportunityId,
					before: Object.fromEntries(changed.map((k) => [k, before[k]])),
					after: Object.fromEntries(changed.map((k) => [k, after[k]]))
				});
		});
		return ok(null);
	}
});
