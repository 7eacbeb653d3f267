import { and, eq } from 'drizzle-orm';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { fieldErrors } from '$lib/server/core/validation';
import { recordAudit } from '$lib/server/core/audit';
import { walkStops, walks } from '../schema';
import { manageableWalk, storedStops, ZWalkStopText, type WalkError } from './walks';

/** Changes the text told at one stop; the order stays, so only that stop is written. */
export async function updateWalkStop(ctx: Ctx, walkId: string, position: number, input: unknown): Promise<Result<null, WalkError>> {
	const found = await manageableWalk(ctx, walkId);
	if (!found.ok) return found;
	const parsed = ZWalkStopText.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	return ctx.db.transaction(async (tx) => {
		// Found among the stored stops, so a position that names none is "not found", never a query error.
		const stop = (await storedStops(tx, ctx.tenant.id, walkId)).find((s) => s.position === position);
		if (!stop) return fail('not_found' as const);
		await tx
			.update(walkStops)
			.set({ text: parsed.data.text })
			.where(and(eq(walkStops.tenantId, ctx.tenant.id), eq(walkStops.walkId, walkId), eq(walkStops.position, position)));
		await tx.update(walks).set({ updatedAt: new Date() }).where(and(eq(walks.tenantId, ctx.tenant.id), eq(walks.id, walkId)));
		await recordAudit(tx, ctx.actor, { action: 'walk.stop_updated', entityType: 'walk', entityId: walkId, before: { position, text: stop.text }, after: { position, text: parsed.data.text } });
		return ok(null);
	});
}
