import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { findWalk, isStopPlace, MAX_WALK_STOPS, repeatsPlace, storedStops, writeStops, ZWalkStopAddition } from './walks';

/** Adds a stop at the end of the walk: a place of a published organisation and a text for it. */
export const addWalkStop = useCase({
	input: ZWalkStopAddition,
	permission: 'directory.manage',
	run: async (ctx, { walkId, ...stop }) => {
		if (!(await findWalk(ctx.db, ctx.tenant.id, walkId))) return fail('not_found');
		if (!(await isStopPlace(ctx.db, ctx.tenant.id, stop.placeId))) return fail('invalid', { placeId: 'map.error_place' });
		return ctx.db.transaction(async (tx) => {
			const stops = await storedStops(tx, ctx.tenant.id, walkId);
			if (stops.length >= MAX_WALK_STOPS) return fail('invalid', { placeId: 'map.error_too_many_stops' });
			if (repeatsPlace([...stops, stop], [stops.length])) return fail('invalid', { placeId: 'map.error_same_place_twice' });
			await writeStops(tx, ctx.tenant.id, walkId, [...stops, stop]);
			await recordAudit(tx, ctx.actor, { action: 'walk.stop_added', entityType: 'walk', entityId: walkId, after: { position: stops.length + 1, ...stop } });
			return ok({ position: stops.length + 1 });
		});
	}
});
