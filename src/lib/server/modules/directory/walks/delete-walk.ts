import { and, eq } from 'drizzle-orm';
import type { Ctx } from '$lib/server/core/context';
import { ok, type Result } from '$lib/server/core/result';
import { recordAudit } from '$lib/server/core/audit';
import { walks } from '../schema';
import { manageableWalk, type WalkError } from './walks';

/** Deletes a walk with its stops (they go by cascade); the log keeps its title. */
export async function deleteWalk(ctx: Ctx, walkId: string): Promise<Result<null, WalkError>> {
	const found = await manageableWalk(ctx, walkId);
	if (!found.ok) return found;
	const { title, slug, published } = found.value;
	await ctx.db.transaction(async (tx) => {
		await tx.delete(walks).where(and(eq(walks.tenantId, ctx.tenant.id), eq(walks.id, walkId)));
		await recordAudit(tx, ctx.actor, { action: 'walk.deleted', entityType: 'walk', entityId: walkId, before: { title, slug, published } });
	});
	return ok(null);
}
