import { and, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { walkStops, walks } from '../schema';
import { findWalk, storedStops, ZWalkStopUpdate } from './walks';

/** Changes the text told at one stop; the order stays, so only that stop is written. */
export const updateWalkStop = useCase({
	input: ZWalkStopUpdate,
	permission: 'directory.manage',
	run: async (ctx, { walkId, position, text }) => {
		if (!(await findWalk(ctx.db, ctx.tenant.id, walkId))) return fail('not_found');
		return ctx.db.transaction(async (tx) => {
			// Found among the stored stops, so a position that names none is "not found", never a query error.
			const stop = (await storedStops(tx, ctx.tenant.id, walkId)).find((s) => s.position === position);
			if (!stop) return fail('not_found');
			await tx
				.update(walkStops)
				.set({ text })
				.where(and(eq(walkStops.tenantId, ctx.tenant.id), eq(walkStops.walkId, walkId), eq(walkStops.position, position)));
			await tx
				.update(walks)
				.set({ updatedAt: new Date() })
				.where(and(eq(walks.tenantId, ctx.tenant.id), eq(walks.id, walkId)));
			await recordAudit(tx, ctx.actor, { action: 'walk.stop_updated', entityType: 'walk', entityId: walkId, before: { position, text: stop.text }, after: { position, text } });
			return ok(null);
		});
	}
});
