import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { fieldErrors, isId, requiredText } from '$lib/server/core/validation';
import { can } from '$lib/server/core/permissions';
import { recordAudit } from '$lib/server/core/audit';
import { categories, organisationCategories } from '../schema';
import { slugify } from '../walks/slug';

const name = requiredText(80);
const ZCategory = z.object({
	nameDe: name,
	nameEn: name,
	position: z.coerce.number({ error: 'error.invalid' }).int().min(0).max(999).default(0)
});

type CategoryError = 'forbidden' | 'invalid' | 'not_found';

/** Coordinators keep the fields of activity (Engagementfelder) their town uses. */
export async function createCategory(ctx: Ctx, input: unknown): Promise<Result<{ id: string }, CategoryError>> {
	if (!can(ctx.actor, 'directory.manage', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden');
	const parsed = ZCategory.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	// Field slugs have always treated accented letters as word breaks ("Café" → "caf"); kept so.
	const base = slugify(parsed.data.nameDe, { max: 50, fallback: 'feld' });
	const taken = new Set(
		(await ctx.db.select({ slug: categories.slug }).from(categories).where(eq(categories.tenantId, ctx.tenant.id))).map((c) => c.slug)
	);
	let slug = base;
	for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
	const id = await ctx.db.transaction(async (tx) => {
		const [row] = await tx.insert(categories).values({ ...parsed.data, slug, tenantId: ctx.tenant.id }).returning({ id: categories.id });
		await recordAudit(tx, ctx.actor, { action: 'category.created', entityType: 'category', entityId: row.id, after: parsed.data });
		return row.id;
	});
	return ok({ id });
}

/** Renaming keeps the slug, so shared filter links keep working. */
export async function updateCategory(ctx: Ctx, id: string, input: unknown): Promise<Result<null, CategoryError>> {
	if (!can(ctx.actor, 'directory.manage', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden');
	// The id comes back from the form: a forged one is an unknown field, not a failed query.
	if (!isId(id)) return fail('not_found');
	const parsed = ZCategory.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const where = and(eq(categories.tenantId, ctx.tenant.id), eq(categories.id, id));
	const [before] = await ctx.db.select().from(categories).where(where);
	if (!before) return fail('not_found');
	await ctx.db.transaction(async (tx) => {
		await tx.update(categories).set(parsed.data).where(where);
		await recordAudit(tx, ctx.actor, {
			action: 'category.updated',
			entityType: 'category',
			entityId: id,
			before: { nameDe: before.nameDe, nameEn: before.nameEn, position: before.position },
			after: parsed.data
		});
	});
	return ok(null);
}

/** Deleting a field removes it from the organisations that had it; they stay listed. */
export async function deleteCategory(ctx: Ctx, id: string): Promise<Result<{ detached: number }, CategoryError>> {
	if (!can(ctx.actor, 'directory.manage', { kind: 'tenant', tenantId: ctx.tenant.id })) return fail('forbidden');
	if (!isId(id)) return fail('not_found');
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

export async function categoryUsage(ctx: Ctx): Promise<Map<string, number>> {
	const rows = await ctx.db
		.select({ id: organisationCategories.categoryId, n: sql<number>`count(*)::int` })
		.from(organisationCategories)
		.where(eq(organisationCategories.tenantId, ctx.tenant.id))
		.groupBy(organisationCategories.categoryId);
	return new Map(rows.map((r) => [r.id, r.n]));
}
