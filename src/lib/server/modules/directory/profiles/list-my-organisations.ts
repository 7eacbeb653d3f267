import { and, asc, eq, ne, or, sql } from 'drizzle-orm';
import { ok } from '$lib/server/core/result';
import { useCase, ZNoInput } from '$lib/server/core/use-case';
import type { OrganisationStatus } from '$lib/server/core/organisations';
import { organisationMemberships, organisations } from '../../../core/organisations/schema';
import { places } from '../schema';

export interface MyOrganisation {
	id: string;
	name: string;
	status: OrganisationStatus;
	/** Her role in it, or null when she proposed it and is no member any more. */
	role: 'owner' | 'editor' | null;
	places: number;
}

/** "Meine Organisationen": every organisation the person acts for or has proposed, whatever its status, with what to do next. */
export const listMyOrganisations = useCase({
	input: ZNoInput,
	own: 'account.read',
	run: async (ctx) => {
		const { accountId } = ctx.actor;
		const rows = await ctx.db
			.select({
				id: organisations.id,
				name: organisations.name,
				status: organisations.status,
				role: organisationMemberships.role,
				places: sql<number>`(select count(*)::int from ${places} where ${places.tenantId} = ${organisations.tenantId} and ${places.organisationId} = ${organisations.id})`
			})
			.from(organisations)
			.leftJoin(
				organisationMemberships,
				and(eq(organisationMemberships.tenantId, organisations.tenantId), eq(organisationMemberships.organisationId, organisations.id), eq(organisationMemberships.accountId, accountId))
			)
			.where(and(eq(organisations.tenantId, ctx.tenant.id), ne(organisations.status, 'merged'), or(eq(organisationMemberships.accountId, accountId), eq(organisations.createdBy, accountId))))
			.orderBy(asc(sql`lower(${organisations.name})`));
		return ok(rows satisfies MyOrganisation[]);
	}
});
