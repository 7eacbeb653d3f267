import { and, countDistinct, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { fail, ok } from '$lib/server/core/result';
import { can } from '$lib/server/core/permissions';
import { useCase, ZRef } from '$lib/server/core/use-case';
import { categories, organisationCategories, places, walkStops } from '../schema';
import { ZOrganisationRef, ZPlaceRef } from '../contracts';
import { liveOrganisation, mayEditOrganisation, organisationTarget } from '../profiles/organisation-access';

/*
 * What a destructive step would do, counted for its confirm step before anything happens. Each
 * asks the same permission as the step itself: the counts are not public.
 */

/** Deleting a field of activity: how many organisations lose it. */
export const describeCategoryDeletion = useCase({
	input: z.object({ id: ZRef }),
	permission: 'directory.manage',
	run: async (ctx, { id }) => {
		const [category] = await ctx.db
			.select({ nameDe: categories.nameDe, nameEn: categories.nameEn })
			.from(categories)
			.where(and(eq(categories.tenantId, ctx.tenant.id), eq(categories.id, id)));
		if (!category) return fail('not_found');
		const [{ organisations }] = await ctx.db
			.select({ organisations: sql<number>`count(*)::int` })
			.from(organisationCategories)
			.where(and(eq(organisationCategories.tenantId, ctx.tenant.id), eq(organisationCategories.categoryId, id)));
		return ok({ ...category, organisations });
	}
});

/** Archiving an organisation: its places leave the Stadtplan, and the walks through them lose those stops. */
export const describeOrganisationArchiving = useCase({
	input: ZOrganisationRef,
	allowed: async (ctx, { organisationId }) => ((await liveOrganisation(ctx, organisationId)) ? can(ctx.actor, 'organisation.archive', organisationTarget(ctx, organisationId)) : 'not_found'),
	run: async (ctx, { organisationId }) => {
		const org = await liveOrganisation(ctx, organisationId);
		if (!org) return fail('not_found');
		const [counts] = await ctx.db
			.select({ places: countDistinct(places.id), walks: countDistinct(walkStops.walkId) })
			.from(places)
			.leftJoin(walkStops, and(eq(walkStops.tenantId, places.tenantId), eq(walkStops.placeId, places.id)))
			.where(and(eq(places.tenantId, ctx.tenant.id), eq(places.organisationId, organisationId)));
		return ok({ name: org.name, places: Number(counts.places), walks: Number(counts.walks) });
	}
});

/** Removing a place: the walks that stop there lose that stop. */
export const describePlaceRemoval = useCase({
	target: ZOrganisationRef,
	input: ZPlaceRef,
	allowed: mayEditOrganisation,
	run: async (ctx, { organisationId, placeId }) => {
		const [place] = await ctx.db
			.select({ name: places.name, walks: countDistinct(walkStops.walkId) })
			.from(places)
			.leftJoin(walkStops, and(eq(walkStops.tenantId, places.tenantId), eq(walkStops.placeId, places.id)))
			.where(and(eq(places.tenantId, ctx.tenant.id), eq(places.organisationId, organisationId), eq(places.id, placeId)))
			.groupBy(places.name);
		return place ? ok({ name: place.name, walks: Number(place.walks) }) : fail('not_found');
	}
});
