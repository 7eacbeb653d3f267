import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { findWalk, repeatsPlace, storedStops, writeStops, ZWalkStopMove } from './walks';

/** Moves a stop one place earlier or later; at either end nothing changes. */
export const moveWalkStop = useCase({
	input: ZWalkStopMove,
	permission: 'directory.manage',
	run: async (ctx, { walkId, position, direction }) => {
		if (!(await findWalk(ctx.db, ctx.tenant.id, walkId))) return fail('not_found');
		return ctx.db.transaction(async (tx) => {
			const stops = await storedStops(tx, ctx.tenant.id, walkId);
			const from = stops.findIndex((s) => s.position === position);
			if (from < 0) return fail('not_found');
			const to = direction === 'up' ? from - 1 : from + 1;
			if (to < 0 || to >= stops.length) return ok({ position });
			[stops[from], stops[to]] = [stops[to], stops[from]];
			if (repeatsPlace(stops, [from, to])) return fail('invalid', { _: 'map.error_same_place_twice' });
			await writeStops(tx, ctx.tenant.id, walkId, stops);
			await recordAudit(tx, ctx.actor, { action: 'walk.stop_moved', entityType: 'walk', entityId: walkId, before: { position }, after: { position: to + 1 } });
			return ok({ position: to + 1 });
		});
	}
});
