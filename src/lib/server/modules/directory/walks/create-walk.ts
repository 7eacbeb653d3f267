import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { fieldErrors } from '$lib/server/core/validation';
import { can } from '$lib/server/core/permissions';
import { recordAudit } from '$lib/server/core/audit';
import { walks } from '../schema';
import { slugify, slugTaken, ZWalkInput } from './walks';

/** A coordinator starts an Engagement-Spaziergang; it stays a draft until it is published. */
export async function createWalk(ctx: Ctx, input: unknown): Promise<Result<{ id: string; slug: string }, 'forbidden' | 'invalid'>> {
	if (!can(ctx.actor, 'directory.manage', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden');
	const parsed = ZWalkInput.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const values = { ...parsed.data, slug: parsed.data.slug || slugify(parsed.data.title) };
	if (await slugTaken(ctx.db, ctx.tenant.id, values.slug)) return fail('invalid', { slug: 'map.error_slug_taken' });
	const id = await ctx.db.transaction(async (tx) => {
		const [row] = await tx.insert(walks).values({ ...values, tenantId: ctx.tenant.id }).returning({ id: walks.id });
		await recordAudit(tx, ctx.actor, { action: 'walk.created', entityType: 'walk', entityId: row.id, after: values });
		return row.id;
	});
	return ok({ id, slug: values.slug });
}
