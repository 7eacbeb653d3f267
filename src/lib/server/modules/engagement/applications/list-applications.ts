import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { applications } from '../schema';
import { applicationStatuses, type ApplicationStatus } from '../vocabulary';
import { ZOrganisationOpportunity, ZOrganisationRef } from './contracts';
import { findOpportunity, managesApplications } from './queries';

/**
 * The inbox of one opportunity: every confirmed application (a guest's unconfirmed one is not the
 * organisation's to see), new ones first, then by date; with a count per status.
 */
export const listOpportunityApplications = useCase({
	input: ZOrganisationOpportunity,
	target: ZOrganisationRef,
	allowed: (ctx, { organisationId }) => managesApplications(ctx, organisationId),
	run: async (ctx, { organisationId, opportunityId }) => {
		const opportunity = await findOpportunity(ctx.db, ctx.tenant.id, opportunityId);
		if (!opportunity || opportunity.organisationId !== organisationId) return fail('not_found');
		const rows = await ctx.db
			.select({
				id: applications.id,
				status: applications.status,
				guestName: applications.guestName,
				name: sql<string>`coalesce(${applications.sharedContact}->>'name', ${applications.guestName}, '')`,
				guest: sql<boolean>`${applications.accountId} is null`,
				confirmedAt: applications.confirmedAt,
				statusChangedAt: applications.statusChangedAt
			})
			.from(applications)
			.where(and(eq(applications.tenantId, ctx.tenant.id), eq(applications.opportunityId, opportunityId), isNotNull(applications.confirmedAt)))
			.orderBy(desc(sql`${applications.status} = 'new'`), asc(applications.confirmedAt));
		const counts = Object.fromEntries(applicationStatuses.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<ApplicationStatus, number>;
		return ok({ opportunity, items: rows.map(({ guestName: _, ...r }) => r), counts });
	}
});
