import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok } from '$lib/server/core/result';
import { requiredText } from '$lib/server/core/validation';
import { useCase, ZRef } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { categories, organisationCategories } from '../schema';
import { slugify } from '../walks/slug';

const name = requiredText(80);
const ZCategory = z.object({
	nameDe: name,
	nameEn: name,
	position: z.coerce.number({ error: 'error.invalid' }).int().min(0).max(999).default(0)
});

/** The form names the field by `id`, as it comes back. */
const ZCategoryUpdate = ZCategory.extend({ id: ZRef });
const ZCategoryRef = z.object({ id: ZRef });

/** Coordinators keep the fields of activity (Engagementfelder) their town uses. */
export const createCategory = useCase({
	input: ZCategory,
	permission: 'directory.manage',
	run: async (ctx, input) => {
		// Field slugs have always treated accented letters as word breaks ("Café" → "caf"); kept so.
		const base = slugify(input.nameDe, { max: 50, fallback: 'feld' });
		const taken = new Set((await ctx.db.select({ slug: categories.slug }).from(categories).where(eq(categories.tenantId, ctx.tenant.id))).map((c) => c.slug));
		let slug = base;
		for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
		const id = await ctx.db.transaction(async (tx) => {
			const [row] = await tx
				.insert(categories)
				.values({ ...input, slug, tenantId: ctx.tenant.id })
				.returning({ id: categories.id });
			await recordAudit(tx, ctx.actor, { action: 'category.created', entityType: 'category', entityId: row.id, after: input });
			return row.id;
		});
		return ok({ id });
	}
});

/** Renaming keeps the slug, so shared filter links keep working. */
export const updateCategory = useCase({
	input: ZCategoryUpdate,
	permission: 'directory.manage',
	run: async (ctx, { id, ...input }) => {
		const where = and(eq(categories.tenantId, ctx.tenant.id), eq(categories.id, id));
		const [before] = await ctx.db.select().from(categories).where(where);
		if (!before) return fail('not_found');
		await ctx.db.transaction(async (tx) => {
			await tx.update(categories).set(input).where(where);
			await recordAudit(tx, ctx.actor, {
				action: 'category.updated',
				entityType: 'category',
				entityId: id,
				before: { nameDe: before.nameDe, nameEn: before.nameEn, position: before.position },
				after: input
			});
		});
		return ok(null);
	}
});

/** Deleting a field removes it from the organisations that had it; they stay listed. */
export const deleteCategory = useCase({
	input: ZCategoryRef,
	permission: 'directory.manage',
	run: async (ctx, { id }) => {
		const where = and(eq(categories.tenantId, ctx.tenant.id), eq(categories.id, id));
		const [before] = await ctx.db.select().from(categories).where(where);
		if (!before) return fail('not_found');
		const detached = await ctx.db.transaction(async (tx) => {
			const [{ n }] = await tx
				.select({ n: sql<number>`count(*)::int` })
				.from(organisationCategories)
				.where(and(eq(organisationCategories.tenantId, ctx.tenant.id), eq(organisationCategories.categoryId, id)));
			await tx.delete(categories).where(where);
			await recordAudit(tx, ctx.actor, { action: 'category.deleted', entityType: 'category', entityId: id, before: { nameDe: before.nameDe, organisations: n } });
			return n;
		});
		return ok({ detached });
	}
});

export async function categoryUsage(ctx: Ctx): Promise<Map<string, number>> {
	const rows = await ctx.db
		.select({ id: organisationCategories.categoryId, n: sql<number>`count(*)::int` })
		.from(organisationCategories)
		.where(eq(organisationCategories.tenantId, ctx.tenant.id))
		.groupBy(organisationCategories.categoryId);
	return new Map(rows.map((r) => [r.id, r.n]));
}
