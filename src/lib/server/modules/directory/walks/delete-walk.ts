import { and, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { walks } from '../schema';
import { findWalk, ZWalkRef } from './walks';

/** Deletes a walk with its stops (they go by cascade); the log keeps its title. */
export const deleteWalk = useCase({
	input: ZWalkRef,
	permission: 'directory.manage',
	run: async (ctx, { walkId }) => {
		const walk = await findWalk(ctx.db, ctx.tenant.id, walkId);
		if (!walk) return fail('not_found');
		const { title, slug, published } = walk;
		await ctx.db.transaction(async (tx) => {
			await tx.delete(walks).where(and(eq(walks.tenantId, ctx.tenant.id), eq(walks.id, walkId)));
			await recordAudit(tx, ctx.actor, { action: 'walk.deleted', entityType: 'walk', entityId: walkId, before: { title, slug, published } });
		});
		return ok(null);
	}
});
