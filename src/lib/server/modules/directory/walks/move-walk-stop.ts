import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { recordAudit } from '$lib/server/core/audit';
import { manageableWalk, storedStops, writeStops, type WalkError } from './walks';

/** Moves a stop one place earlier or later; at either end nothing changes. */
export async function moveWalkStop(ctx: Ctx, walkId: string, position: number, direction: 'up' | 'down'): Promise<Result<{ position: number }, WalkError>> {
	const found = await manageableWalk(ctx, walkId);
	if (!found.ok) return found;
	return ctx.db.transaction(async (tx) => {
		const stops = await storedStops(tx, ctx.tenant.id, walkId);
		const from = stops.findIndex((s) => s.position === position);
		if (from < 0) return fail('not_found' as const);
		const to = direction === 'up' ? from - 1 : from + 1;
		if (to < 0 || to >= stops.length) return ok({ position });
		[stops[from], stops[to]] = [stops[to], stops[from]];
		await writeStops(tx, ctx.tenant.id, walkId, stops);
		await recordAudit(tx, ctx.actor, { action: 'walk.stop_moved', entityType: 'walk', entityId: walkId, before: { position }, after: { position: to + 1 } });
		return ok({ position: to + 1 });
	});
}
