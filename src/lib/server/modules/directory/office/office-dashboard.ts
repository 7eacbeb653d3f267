import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { ok } from '$lib/server/core/result';
import { useCase, ZNoInput } from '$lib/server/core/use-case';
import { listAudit } from '$lib/server/core/audit';
import { accountNames } from '$lib/server/core/accounts';
import { places } from '../schema';
import { organisations } from '../../../core/organisations/schema';
import { unconfirmed } from './stale-reminders';

/** How many of each list the dashboard shows; the list's own page has them all. */
export const DASHBOARD_ITEMS = 5;

/**
 * The start page of the coordination office: profiles not confirmed for long, places the map
 * cannot show for lack of a position, and the latest changes to organisations, each with how many
 * there are in all.
 */
export const showOfficeDashboard = useCase({
	input: ZNoInput,
	permission: 'directory.manage',
	run: async (ctx) => {
		const tenantId = ctx.tenant.id;
		const unlocated = and(eq(places.tenantId, tenantId), isNull(places.lat));
		const [staleItems, [{ staleTotal }], placeItems, [{ placeTotal }], changes] = await Promise.all([
			ctx.db
				.select({ id: organisations.id, name: organisations.name, confirmedAt: organisations.confirmedAt })
				.from(organisations)
				.where(unconfirmed(tenantId))
				.orderBy(asc(organisations.confirmedAt), asc(organisations.name))
				.limit(DASHBOARD_ITEMS),
			ctx.db.select({ staleTotal: count() }).from(organisations).where(unconfirmed(tenantId)),
			ctx.db
				.select({ id: places.id, name: places.name, organisationId: organisations.id, organisationName: organisations.name })
				.from(places)
				.innerJoin(organisations, and(eq(organisations.tenantId, places.tenantId), eq(organisations.id, places.organisationId)))
				.where(unlocated)
				.orderBy(asc(organisations.name), asc(places.name))
				.limit(DASHBOARD_ITEMS),
			ctx.db.select({ placeTotal: count() }).from(places).where(unlocated),
			listAudit(ctx.db, tenantId, { entityTypes: ['organisation'], perPage: DASHBOARD_ITEMS })
		]);
		const organisationIds = [...new Set(changes.items.map((c) => c.entityId))];
		const [names, people] = await Promise.all([
			organisationIds.length
				? ctx.db
						.select({ id: organisations.id, name: organisations.name })
						.from(organisations)
						.where(and(eq(organisations.tenantId, tenantId), inArray(organisations.id, organisationIds)))
				: [],
			accountNames(
				ctx.db,
				tenantId,
				changes.items.map((c) => c.actorId).filter((id): id is string => !!id)
			)
		]);
		const nameOf = new Map(names.map((o) => [o.id, o.name]));
		return ok({
			stale: { total: staleTotal, items: staleItems },
			unlocatedPlaces: { total: placeTotal, items: placeItems },
			changes: changes.items.map((c) => ({
				id: c.id,
				action: c.action,
				at: c.createdAt,
				organisationId: c.entityId,
				organisationName: nameOf.get(c.entityId) ?? null,
				by: c.actorId ? (people.get(c.actorId)?.displayName ?? null) : null
			}))
		});
	}
});
