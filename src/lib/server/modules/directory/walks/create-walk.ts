import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { walks } from '../schema';
import { slugify, slugTaken, ZWalkInput } from './walks';

/** A coordinator starts an Engagement-Spaziergang; it stays a draft until it is published. */
export const createWalk = useCase({
	input: ZWalkInput,
	permission: 'directory.manage',
	run: async (ctx, input) => {
		const values = { ...input, slug: input.slug || slugify(input.title) };
		if (await slugTaken(ctx.db, ctx.tenant.id, values.slug)) return fail('invalid', { slug: 'map.error_slug_taken' });
		const id = await ctx.db.transaction(async (tx) => {
			const [row] = await tx
				.insert(walks)
				.values({ ...values, tenantId: ctx.tenant.id })
				.returning({ id: walks.id });
			await recordAudit(tx, ctx.actor, { action: 'walk.created', entityType: 'walk', entityId: row.id, after: values });
			return row.id;
		});
		return ok({ id, slug: values.slug });
	}
});
