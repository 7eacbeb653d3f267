import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { findWalk, storedStops, writeStops, ZWalkStopRef } from './walks';

/** Removes a stop; the stops after it move up. */
export const removeWalkStop = useCase({
	input: ZWalkStopRef,
	permission: 'directory.manage',
	run: async (ctx, { walkId, position }) => {
		if (!(await findWalk(ctx.db, ctx.tenant.id, walkId))) return fail('not_found');
		return ctx.db.transaction(async (tx) => {
			const stops = await storedStops(tx, ctx.tenant.id, walkId);
			const stop = stops.find((s) => s.position === position);
			if (!stop) return fail('not_found');
			await writeStops(
				tx,
				ctx.tenant.id,
				walkId,
				stops.filter((s) => s !== stop)
			);
			await recordAudit(tx, ctx.actor, { action: 'walk.stop_removed', entityType: 'walk', entityId: walkId, before: { position, placeId: stop.placeId, text: stop.text } });
			return ok(null);
		});
	}
});
