import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { ModerationSubject, SimilarSubject } from '$lib/server/core/moderation';
import { organisations } from '../../../core/organisations/schema';

const statusFor = { approved: 'published', rejected: 'rejected', changes_requested: 'changes_requested' } as const;

/** Names at least this alike (pg_trgm similarity) are shown as possible duplicates. */
export const DUPLICATE_SIMILARITY = 0.5;
const MAX_SIMILAR = 3;

const waitingStatuses = ['proposed', 'changes_requested'];
const normalised = (name: unknown) => sql`lower(regexp_replace(${name}, '[[:space:][:punct:]]+', '', 'g'))`;

/**
 * Published or waiting organisations with a similar or, ignoring case, spaces and punctuation, the
 * same name as each of the given ones. similarity() is used rather than the `%` operator: it reads
 * every organisation of the municipality, which for a register of some thousand is quick.
 */
async function similarOrganisations(db: Db, tenantId: string, ids: string[]): Promise<Map<string, SimilarSubject[]>> {
	const { rows } = (await db.execute(sql`
		select p.id as "forId", o.id, o.name, o.status
		from ${organisations} p
		cross join lateral (
			select o.id, o.name, o.status from ${organisations} o
			where o.tenant_id = p.tenant_id and o.id <> p.id and o.status in ('published', 'proposed', 'changes_requested')
				and (similarity(o.name, p.name) >= ${DUPLICATE_SIMILARITY} or ${normalised(sql`o.name`)} = ${normalised(sql`p.name`)})
			order by similarity(o.name, p.name) desc, o.name
			limit ${MAX_SIMILAR}
		) o
		where p.tenant_id = ${tenantId} and p.id in (${sql.join(
			ids.map((id) => sql`${id}::uuid`),
			sql`, `
		)})`)) as unknown as { rows: { forId: string; id: string; name: string; status: string }[] };
	const similar = new Map<string, SimilarSubject[]>();
	for (const row of rows) {
		similar.set(row.forId, [
			...(similar.get(row.forId) ?? []),
			{
				title: row.name,
				href: `/netzwerk/organisationen/${row.id}`,
				waiting: waitingStatuses.includes(row.status),
				mergeHref: `/koordination/zusammenfuehren?${new URLSearchParams({ duplikat: row.forId, bleibt: row.id })}`
			}
		]);
	}
	return similar;
}

/** Proposed organisations wait for a coordinator before they are published. */
export const organisationModeration: ModerationSubject = {
	async describe(db, tenantId, ids) {
		if (!ids.length) return new Map();
		const [rows, similar] = await Promise.all([
			db
				.select({ id: organisations.id, name: organisations.name })
				.from(organisations)
				.where(and(eq(organisations.tenantId, tenantId), inArray(organisations.id, ids))),
			similarOrganisations(db, tenantId, ids)
		]);
		return new Map(rows.map((o) => [o.id, { title: o.name, href: `/netzwerk/organisationen/${o.id}`, editHref: `/netzwerk/organisationen/${o.id}/bearbeiten`, similar: similar.get(o.id) ?? [] }]));
	},
	async decide(db, ctx, id, decision) {
		await db
			.update(organisations)
			.set({ status: statusFor[decision], updatedAt: new Date(), ...(decision === 'approved' ? { confirmedAt: new Date() } : {}) })
			.where(and(eq(organisations.tenantId, ctx.tenant.id), eq(organisations.id, id)));
	}
};
