import { and, eq } from 'drizzle-orm';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { fieldErrors } from '$lib/server/core/validation';
import { recordAudit } from '$lib/server/core/audit';
import { walks } from '../schema';
import { manageableWalk, slugify, slugTaken, ZWalkInput, type WalkError } from './walks';

/** Title, address, target group, description and duration of a walk. */
export async function updateWalk(ctx: Ctx, walkId: string, input: unknown): Promise<Result<{ slug: string }, WalkError>> {
	const found = await manageableWalk(ctx, walkId);
	if (!found.ok) return found;
	const walk = found.value;
	const parsed = ZWalkInput.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const values = { ...parsed.data, slug: parsed.data.slug || slugify(parsed.data.title) };
	if (await slugTaken(ctx.db, ctx.tenant.id, values.slug, walkId)) return fail('invalid', { slug: 'map.error_slug_taken' });
	await ctx.db.transaction(async (tx) => {
		await tx.update(walks).set({ ...values, updatedAt: new Date() }).where(and(eq(walks.tenantId, ctx.tenant.id), eq(walks.id, walkId)));
		const { title, slug, targetGroup, description, durationMinutes } = walk;
		await recordAudit(tx, ctx.actor, { action: 'walk.updated', entityType: 'walk', entityId: walkId, before: { title, slug, targetGroup, description, durationMinutes }, after: values });
	});
	return ok({ slug: values.slug });
}
