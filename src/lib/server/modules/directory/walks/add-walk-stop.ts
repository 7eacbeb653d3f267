import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { fieldErrors } from '$lib/server/core/validation';
import { recordAudit } from '$lib/server/core/audit';
import { isStopPlace, manageableWalk, MAX_WALK_STOPS, storedStops, writeStops, ZWalkStopInput, type WalkError } from './walks';

/** Adds a stop at the end of the walk: a place of a published organisation and a text for it. */
export async function addWalkStop(ctx: Ctx, walkId: string, input: unknown): Promise<Result<{ position: number }, WalkError>> {
	const found = await manageableWalk(ctx, walkId);
	if (!found.ok) return found;
	const parsed = ZWalkStopInput.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	if (!(await isStopPlace(ctx.db, ctx.tenant.id, parsed.data.placeId))) return fail('invalid', { placeId: 'map.error_place' });
	return ctx.db.transaction(async (tx) => {
		const stops = await storedStops(tx, ctx.tenant.id, walkId);
		if (stops.length >= MAX_WALK_STOPS) return fail('invalid', { placeId: 'map.error_too_many_stops' });
		await writeStops(tx, ctx.tenant.id, walkId, [...stops, parsed.data]);
		await recordAudit(tx, ctx.actor, { action: 'walk.stop_added', entityType: 'walk', entityId: walkId, after: { position: stops.length + 1, ...parsed.data } });
		return ok({ position: stops.length + 1 });
	});
}
