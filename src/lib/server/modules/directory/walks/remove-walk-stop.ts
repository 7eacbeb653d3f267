import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { recordAudit } from '$lib/server/core/audit';
import { manageableWalk, storedStops, writeStops, type WalkError } from './walks';

/** Removes a stop; the stops after it move up. */
export async function removeWalkStop(ctx: Ctx, walkId: string, position: number): Promise<Result<null, WalkError>> {
	const found = await manageableWalk(ctx, walkId);
	if (!found.ok) return found;
	return ctx.db.transaction(async (tx) => {
		const stops = await storedStops(tx, ctx.tenant.id, walkId);
		const stop = stops.find((s) => s.position === position);
		if (!stop) return fail('not_found' as const);
		await writeStops(tx, ctx.tenant.id, walkId, stops.filter((s) => s !== stop));
		await recordAudit(tx, ctx.actor, { action: 'walk.stop_removed', entityType: 'walk', entityId: walkId, before: { position, placeId: stop.placeId, text: stop.text } });
		return ok(null);
	});
}
