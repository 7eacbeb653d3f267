import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { places } from '../schema';
import { ZOrganisationRef, ZPlaceAddition, ZPlaceRef, ZPlaceUpdate, type TPlaceInput } from '../contracts';
import { listDistricts } from '../search/queries';
import { mayEditOrganisation } from '../profiles/organisation-access';
import { districtAt } from './geo';
import { loadAddressLocator } from '../imports/import-addresses';

/** Coordinates from the form (a pin set on the map) or else from the municipality's address table. */
async function locate(db: Db, tenantId: string, input: TPlaceInput): Promise<{ lat: number | null; lng: number | null }> {
	if (input.lat !== null && input.lng !== null) return { lat: input.lat, lng: input.lng };
	const point = (await loadAddressLocator(db, tenantId, [input.postcode]))(input.street, input.postcode);
	return point ?? { lat: null, lng: null };
}

async function placeValues(db: Db, tenantId: string, input: TPlaceInput) {
	const { lat, lng } = await locate(db, tenantId, input);
	const district = districtAt(await listDistricts(db, tenantId), lat, lng);
	return { ...input, lat, lng, districtId: district?.id ?? null };
}

/** An Engagement-Ort of the organisation; it is placed on the map by its pin or its address. */
export const addPlace = useCase({
	target: ZOrganisationRef,
	input: ZPlaceAddition,
	allowed: mayEditOrganisation,
	run: async (ctx, { organisationId, ...input }) => {
		const values = await placeValues(ctx.db, ctx.tenant.id, input);
		const placeId = await ctx.db.transaction(async (tx) => {
			const [row] = await tx
				.insert(places)
				.values({ ...values, tenantId: ctx.tenant.id, organisationId })
				.returning({ id: places.id });
			await recordAudit(tx, ctx.actor, { action: 'place.created', entityType: 'organisation', entityId: organisationId, after: { placeId: row.id, name: values.name } });
			return row.id;
		});
		return ok({ placeId, located: values.lat !== null });
	}
});

export const updatePlace = useCase({
	target: ZOrganisationRef,
	input: ZPlaceUpdate,
	allowed: mayEditOrganisation,
	run: async (ctx, { organisationId, placeId, ...input }) => {
		const values = await placeValues(ctx.db, ctx.tenant.id, input);
		const where = and(eq(places.tenantId, ctx.tenant.id), eq(places.organisationId, organisationId), eq(places.id, placeId));
		const updated = await ctx.db.transaction(async (tx) => {
			const [row] = await tx
				.update(places)
				.set({ ...values, updatedAt: new Date() })
				.where(where)
				.returning({ id: places.id });
			if (row) await recordAudit(tx, ctx.actor, { action: 'place.updated', entityType: 'organisation', entityId: organisationId, after: { placeId, name: values.name } });
			return !!row;
		});
		return updated ? ok({ located: values.lat !== null }) : fail('not_found');
	}
});

export const removePlace = useCase({
	target: ZOrganisationRef,
	input: ZPlaceRef,
	allowed: mayEditOrganisation,
	run: async (ctx, { organisationId, placeId }) => {
		const where = and(eq(places.tenantId, ctx.tenant.id), eq(places.organisationId, organisationId), eq(places.id, placeId));
		const removed = await ctx.db.transaction(async (tx) => {
			const [row] = await tx.delete(places).where(where).returning({ name: places.name });
			if (row) await recordAudit(tx, ctx.actor, { action: 'place.removed', entityType: 'organisation', entityId: organisationId, before: { placeId, name: row.name } });
			return !!row;
		});
		return removed ? ok(null) : fail('not_found');
	}
});

/** After districts change, every place's district is derived again from its point. */
export async function reassignDistricts(db: Db, tenantId: string): Promise<number> {
	const all = await db.select({ id: places.id, lat: places.lat, lng: places.lng, districtId: places.districtId }).from(places).where(eq(places.tenantId, tenantId));
	const districts = await listDistricts(db, tenantId);
	// The places that change, grouped by their new district: one UPDATE per district, not one per place.
	const moves = new Map<string | null, string[]>();
	for (const place of all) {
		const districtId = districtAt(districts, place.lat, place.lng)?.id ?? null;
		if (districtId === place.districtId) continue;
		const ids = moves.get(districtId) ?? [];
		ids.push(place.id);
		moves.set(districtId, ids);
	}
	let changed = 0;
	for (const [districtId, ids] of moves) {
		// In slices: a statement takes at most 65,535 parameters, and a city may move more places at once.
		for (let i = 0; i < ids.length; i += 1000) {
			await db
				.update(places)
				.set({ districtId })
				.where(and(eq(places.tenantId, tenantId), inArray(places.id, ids.slice(i, i + 1000))));
		}
		changed += ids.length;
	}
	return changed;
}
