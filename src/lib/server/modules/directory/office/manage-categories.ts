import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok } from '$lib/server/core/result';
import { requiredText } from '$lib/server/core/validation';
import { useCase, ZRef } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { categories, organisationCategories } from '../schema';
import { slugify } from '../walks/slug';
import { normaliseName } from '../imports/import-organisations';
import type { Db } from '$lib/server/db/client';

const name = requiredText(80);
const ZCategory = z.object({
	nameDe: name,
	nameEn: name,
	position: z.coerce.number({ error: 'error.invalid' }).int().min(0).max(999).default(0)
});

/** The form names the field by `id`, as it comes back. */
const ZCategoryUpdate = ZCategory.extend({ id: ZRef });
const ZCategoryRef = z.object({ id: ZRef });

/** "Sport", " sport ", "Fußball"/"Fussball" and "Müll"/"Muell" name the same field. */
const nameKey = (name: string) => normaliseName(name.replace(/ä/gi, 'ae').replace(/ö/gi, 'oe').replace(/ü/gi, 'ue')).replace(/ /g, '');

/** The names the other fields of the town already use: each language's name is kept unique. */
async function duplicateNames(db: Db, tenantId: string, input: { nameDe: string; nameEn: string }, except?: string) {
	const others = (await db.select().from(categories).where(eq(categories.tenantId, tenantId))).filter((c) => c.id !== except);
	const fields: Record<string, 'categories.duplicate_name'> = {};
	if (others.some((c) => nameKey(c.nameDe) === nameKey(input.nameDe))) fields.nameDe = 'categories.duplicate_name';
	if (others.some((c) => nameKey(c.nameEn) === nameKey(input.nameEn))) fields.nameEn = 'categories.duplicate_name';
	return Object.keys(fields).length ? fail('invalid', fields) : null;
}

/** Coordinators keep the fields of activity (Engagementfelder) their town uses. */
export const createCategory = useCase({
	input: ZCategory,
	permission: 'directory.manage',
	run: async (ctx, input) => {
		const duplicate = await duplicateNames(ctx.db, ctx.tenant.id, input);
		if (duplicate) return duplicate;
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
		const duplicate = await duplicateNames(ctx.db, ctx.tenant.id, input, id);
		if (duplicate) return duplicate;
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
