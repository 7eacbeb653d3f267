import { and, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { walks } from '../schema';
import { findWalk, storedStops, ZWalkPublication } from './walks';

/** Shows a walk publicly, or takes it back; a walk without stops cannot be published. */
export const setWalkPublished = useCase({
	input: ZWalkPublication,
	permission: 'directory.manage',
	run: async (ctx, { walkId, published }) => {
		const walk = await findWalk(ctx.db, ctx.tenant.id, walkId);
		if (!walk) return fail('not_found');
		if (walk.published === published) return ok(null);
		if (published && !(await storedStops(ctx.db, ctx.tenant.id, walkId)).length) return fail('invalid', { _: 'map.error_no_stops' });
		await ctx.db.transaction(async (tx) => {
			await tx
				.update(walks)
				.set({ published, updatedAt: new Date() })
				.where(and(eq(walks.tenantId, ctx.tenant.id), eq(walks.id, walkId)));
			await recordAudit(tx, ctx.actor, { action: published ? 'walk.published' : 'walk.unpublished', entityType: 'walk', entityId: walkId, before: { published: !published }, after: { published } });
		});
		return ok(null);
	}
});
