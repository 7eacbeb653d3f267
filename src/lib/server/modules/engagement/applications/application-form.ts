import { and, eq, inArray } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { findAccountById } from '$lib/server/core/accounts';
import { findOrganisation } from '$lib/server/core/organisations';
import { applications } from '../schema';
import { ZOpportunityRef } from '../contracts';
import { ACTIVE_STATUSES, findOpportunity } from './queries';

/** What the "Ich habe Interesse" form shows: the opportunity, who applies (when signed in), and whether she already did. */
export const showApplicationForm = useCase({
	input: ZOpportunityRef,
	allowed: () => true,
	run: async (ctx, { opportunityId }) => {
		const opportunity = await findOpportunity(ctx.db, ctx.tenant.id, opportunityId);
		if (!opportunity || opportunity.status !== 'published') return fail('not_found');
		const organisation = await findOrganisation(ctx.db, ctx.tenant.id, opportunity.organisationId);
		const accountId = ctx.actor.accountId;
		const account = accountId ? await findAccountById(ctx.db, ctx.tenant.id, accountId) : undefined;
		const [active] = accountId
			? await ctx.db
					.select({ id: applications.id })
					.from(applications)
					.where(and(eq(applications.tenantId, ctx.tenant.id), eq(applications.opportunityId, opportunityId), eq(applications.accountId, accountId), inArray(applications.status, ACTIVE_STATUSES)))
			: [];
		return ok({
			opportunity: { id: opportunity.id, title: opportunity.title },
			organisation: { id: opportunity.organisationId, name: organisation?.name ?? '' },
			applicant: account ? { name: account.displayName, email: account.email } : null,
			alreadyApplied: !!active
		});
	}
});
