import { ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { opportunities } from '../schema';
import { ZOpportunityCreation, ZOrganisationTarget } from '../contracts';
import { mayPostFor } from './access';
import { checkLinks, opportunityColumns, replaceLinks } from './columns';

/** An organisation's people (or the office on its behalf) write a new opportunity; it starts as a draft nobody else sees. */
export const createOpportunity = useCase({
	target: ZOrganisationTarget,
	input: ZOpportunityCreation,
	allowed: mayPostFor,
	run: async (ctx, { organisationId, ...opportunity }) => {
		const checked = await checkLinks(ctx.db, ctx.tenant.id, organisationId, opportunity);
		if (!checked.ok) return checked;
		const id = await ctx.db.transaction(async (tx) => {
			const [row] = await tx
				.insert(opportunities)
				.values({ ...opportunityColumns(opportunity), tenantId: ctx.tenant.id, organisationId, createdBy: ctx.actor.accountId })
				.returning({ id: opportunities.id });
			await replaceLinks(tx, ctx.tenant.id, row.id, opportunity);
			await recordAudit(tx, ctx.actor, { action: 'opportunity.created', entityType: 'opportunity', entityId: row.id, after: { title: opportunity.title, organisationId } });
			return row.id;
		});
		return ok({ id });
	}
});
