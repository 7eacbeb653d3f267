import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { ok } from '$lib/server/core/result';
import { useCase, ZNoInput } from '$lib/server/core/use-case';
import { organisations } from '../../../core/organisations/schema';
import { applications, opportunities } from '../schema';
import { ACTIVE_STATUSES } from './queries';

/** "Meine Bewerbungen": the volunteer's own applications, newest first, with where they stand. */
export const listMyApplications = useCase({
	input: ZNoInput,
	own: 'account.read',
	run: async (ctx) => {
		const rows = await ctx.db
			.select({
				id: applications.id,
				status: applications.status,
				message: applications.message,
				createdAt: applications.createdAt,
				statusChangedAt: applications.statusChangedAt,
				opportunity: { id: opportunities.id, title: opportunities.title, status: opportunities.status },
				organisation: { id: organisations.id, name: organisations.name }
			})
			.from(applications)
			.innerJoin(opportunities, and(eq(opportunities.tenantId, applications.tenantId), eq(opportunities.id, applications.opportunityId)))
			.innerJoin(organisations, and(eq(organisations.tenantId, opportunities.tenantId), eq(organisations.id, opportunities.organisationId)))
			.where(and(eq(applications.tenantId, ctx.tenant.id), eq(applications.accountId, ctx.actor.accountId), isNotNull(applications.confirmedAt)))
			.orderBy(desc(applications.createdAt));
		return ok(rows.map((r) => ({ ...r, withdrawable: (ACTIVE_STATUSES as readonly string[]).includes(r.status) })));
	}
});
