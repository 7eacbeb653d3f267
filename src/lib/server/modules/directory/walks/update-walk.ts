import { and, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { walks } from '../schema';
import { findWalk, slugify, slugTaken, ZWalkUpdate } from './walks';

/** Title, address, target group, description and duration of a walk. */
export const updateWalk = useCase({
	input: ZWalkUpdate,
	permission: 'directory.manage',
	run: async (ctx, { walkId, ...input }) => {
		const walk = await findWalk(ctx.db, ctx.tenant.id, walkId);
		if (!walk) return fail('not_found');
		const values = { ...input, slug: input.slug || slugify(input.title) };
		if (await slugTaken(ctx.db, ctx.tenant.id, values.slug, walkId)) return fail('invalid', { slug: 'map.error_slug_taken' });
		await ctx.db.transaction(async (tx) => {
			await tx
				.update(walks)
				.set({ ...values, updatedAt: new Date() })
				.where(and(eq(walks.tenantId, ctx.tenant.id), eq(walks.id, walkId)));
			const { title, slug, targetGroup, description, durationMinutes } = walk;
			await recordAudit(tx, ctx.actor, { action: 'walk.updated', entityType: 'walk', entityId: walkId, before: { title, slug, targetGroup, description, durationMinutes }, after: values });
		});
		return ok({ slug: values.slug });
	}
});
