import { and, eq } from 'drizzle-orm';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { recordAudit } from '$lib/server/core/audit';
import { walks } from '../schema';
import { manageableWalk, storedStops, type WalkError } from './walks';

/** Shows a walk publicly, or takes it back; a walk without stops cannot be published. */
export async function setWalkPublished(ctx: Ctx, walkId: string, published: boolean): Promise<Result<null, WalkError>> {
	const found = await manageableWalk(ctx, walkId);
	if (!found.ok) return found;
	if (found.value.published === published) return ok(null);
	if (published && !(await storedStops(ctx.db, ctx.tenant.id, walkId)).length) return fail('invalid', { _: 'map.error_no_stops' });
	await ctx.db.transaction(async (tx) => {
		await tx.update(walks).set({ published, updatedAt: new Date() }).where(and(eq(walks.tenantId, ctx.tenant.id), eq(walks.id, walkId)));
		await recordAudit(tx, ctx.actor, { action: published ? 'walk.published' : 'walk.unpublished', entityType: 'walk', entityId: walkId, before: { published: !published }, after: { published } });
	});
	return ok(null);
}
