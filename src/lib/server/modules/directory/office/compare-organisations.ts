import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '$lib/server/db/client';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { listOrganisationMembers } from '$lib/server/core/accounts';
import { containsPattern } from '$lib/server/core/search';
import { singleLine } from '$lib/server/core/validation';
import { categories, organisationCategories, places } from '../schema';
import { organisations } from '../../../core/organisations/schema';
import { findOrganisation } from '../../../core/organisations/queries';
import { fillable } from './merge-organisations';

/** Organisations a merge can reach: published ones and those still waiting for approval. */
const mergeable = ['published', 'proposed', 'changes_requested'] as const;

/** Coordinators look for the two entries to merge among published and waiting organisations. */
export const findMergeCandidates = useCase({
	input: z.object({ q: singleLine().trim().max(100) }),
	permission: 'directory.manage',
	run: async (ctx, { q }) => {
		if (!q) return ok([]);
		const rows = await ctx.db
			.select({ id: organisations.id, name: organisations.name, city: organisations.city, status: organisations.status })
			.from(organisations)
			.where(
				and(
					eq(organisations.tenantId, ctx.tenant.id),
					inArray(organisations.status, [...mergeable]),
					sql`(${organisations.name} ilike ${containsPattern(q)} or word_similarity(${q}, ${organisations.name}) > 0.4)`
				)
			)
			// Two entries for one club rarely share the exact spelling: the closest names first.
			.orderBy(sql`word_similarity(${q}, ${organisations.name}) desc`, asc(organisations.sortKey))
			.limit(30);
		return ok(rows);
	}
});

export type ComparedField = (typeof fillable)[number];

async function sideOf(db: Db, tenantId: string, id: string, locale: string) {
	const org = await findOrganisation(db, tenantId, id);
	if (!org || !(mergeable as readonly string[]).includes(org.status)) return null;
	const [fields, placeRows, people] = await Promise.all([
		db
			.select({ name: locale === 'en' ? categories.nameEn : categories.nameDe })
			.from(organisationCategories)
			.innerJoin(categories, and(eq(categories.tenantId, organisationCategories.tenantId), eq(categories.id, organisationCategories.categoryId)))
			.where(and(eq(organisationCategories.tenantId, tenantId), eq(organisationCategories.organisationId, id)))
			.orderBy(asc(categories.position)),
		db
			.select({ name: places.name, address: sql<string>`concat_ws(', ', nullif(${places.street}, ''), nullif(concat_ws(' ', nullif(${places.postcode}, ''), nullif(${places.city}, '')), ''))` })
			.from(places)
			.where(and(eq(places.tenantId, tenantId), eq(places.organisationId, id)))
			.orderBy(asc(places.name)),
		listOrganisationMembers(db, tenantId, id)
	]);
	return {
		id: org.id,
		name: org.name,
		status: org.status,
		values: Object.fromEntries(fillable.map((k) => [k, org[k] ?? ''])) as Record<ComparedField, string>,
		fields: fields.map((f) => f.name),
		places: placeRows.map((p) => (p.address ? `${p.name} (${p.address})` : p.name)),
		people: people.map((p) => ({ name: p.displayName, email: p.email, role: p.role }))
	};
}

export type MergeSide = NonNullable<Awaited<ReturnType<typeof sideOf>>>;

/**
 * The duplicate and the organisation that stays side by side, and what the merge keeps: the name
 * of the one that stays, its texts where it has them (the duplicate's fill its gaps), and the
 * fields, places and people of both.
 */
export const compareOrganisations = useCase({
	input: z.object({ sourceId: z.uuid(), targetId: z.uuid() }),
	permission: 'directory.manage',
	run: async (ctx, { sourceId, targetId }) => {
		const [source, target] = await Promise.all([sideOf(ctx.db, ctx.tenant.id, sourceId, ctx.locale), sideOf(ctx.db, ctx.tenant.id, targetId, ctx.locale)]);
		if (!source || !target || sourceId === targetId) return fail('not_found');
		const union = <T>(a: T[], b: T[], key: (x: T) => string = String) => [...new Map([...a, ...b].map((x) => [key(x), x])).values()];
		const kept: MergeSide = {
			...target,
			values: Object.fromEntries(fillable.map((k) => [k, target.values[k] || source.values[k]])) as Record<ComparedField, string>,
			fields: union(target.fields, source.fields),
			places: [...target.places, ...source.places],
			// Someone who owns either entry owns the merged one.
			people: union(target.people, source.people, (p) => p.email).map((p) => ({
				...p,
				role: [...target.people, ...source.people].some((q) => q.email === p.email && q.role === 'owner') ? 'owner' : p.role
			}))
		};
		return ok({ source, target, kept, fromDuplicate: fillable.filter((k) => !target.values[k] && source.values[k]) });
	}
});
