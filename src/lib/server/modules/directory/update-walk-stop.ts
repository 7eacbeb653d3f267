import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { fieldErrors } from '$lib/server/core/validation';
import { recordAudit } from '$lib/server/core/audit';
import { manageableWalk, storedStops, writeStops, ZWalkStopText, type WalkError } from './walks';

/** Changes the text told at one stop. */
export async function updateWalkStop(ctx: Ctx, walkId: string, position: number, input: unknown): Promise<Result<null, WalkError>> {
	const found = await manageableWalk(ctx, walkId);
	if (!found.ok) return found;
	const parsed = ZWalkStopText.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	return ctx.db.transaction(async (tx) => {
		const stops = await storedStops(tx, ctx.tenant.id, walkId);
		const stop = stops.find((s) => s.position === position);
		if (!stop) return fail('not_found' as const);
		await writeStops(tx, ctx.tenant.id, walkId, stops.map((s) => (s === stop ? { ...s, text: parsed.data.text } : s)));
		await recordAudit(tx, ctx.actor, { action: 'walk.stop_updated', entityType: 'walk', entityId: walkId, before: { position, text: stop.text }, after: { position, text: parsed.data.text } });
		return ok(null);
	});
}
