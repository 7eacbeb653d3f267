import { and, asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '$lib/server/core/context';
import type { SitemapEntry } from '$lib/server/core/site';
import { organisations } from '../../core/organisations/schema';
import { walks } from './schema';

const newest = (dates: (Date | null)[]) => dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);
// Raw aggregates come back as text or Date depending on the driver.
const asDate = (value: Date | string | null) => (value === null ? null : new Date(value));

/**
 * The directory's pages for the sitemap: its overview pages, every published profile and every
 * published walk. Places have no page of their own: they are shown on their organisation's
 * profile and the Stadtplan, so a changed place moves the lastmod of both.
 */
export async function directorySitemap(ctx: Ctx): Promise<SitemapEntry[]> {
	const tenantId = ctx.tenant.id;
	// Written out: inside a sub-select Drizzle would leave the outer columns unqualified.
	const placesChanged = sql<Date | string | null>`(select max(p.updated_at) from places p where p.tenant_id = organisations.tenant_id and p.organisation_id = organisations.id)`;
	const [profiles, publishedWalks] = await Promise.all([
		ctx.db
			.select({ id: organisations.id, updatedAt: organisations.updatedAt, confirmedAt: organisations.confirmedAt, placesChanged })
			.from(organisations)
			.where(and(eq(organisations.tenantId, tenantId), eq(organisations.status, 'published')))
			.orderBy(asc(organisations.sortKey), asc(organisations.id)),
		ctx.db
			.select({ slug: walks.slug, updatedAt: walks.updatedAt })
			.from(walks)
			.where(and(eq(walks.tenantId, tenantId), eq(walks.published, true)))
			.orderBy(asc(walks.sortKey))
	]);
	// The profile page shows when it was last confirmed, so a confirmation changes it too.
	const profileEntries = profiles.map((p) => ({
		path: `/netzwerk/organisationen/${p.id}`,
		lastmod: newest([p.updatedAt, p.confirmedAt, asDate(p.placesChanged)])
	}));
	const directoryChanged = newest(profileEntries.map((p) => p.lastmod));
	const mapChanged = newest(profiles.map((p) => asDate(p.placesChanged)));
	const walksChanged = newest(publishedWalks.map((w) => w.updatedAt));
	return [
		{ path: '/netzwerk', lastmod: directoryChanged },
		{ path: '/netzwerk/organisationen', lastmod: directoryChanged },
		{ path: '/netzwerk/stadtplan', lastmod: mapChanged },
		{ path: '/netzwerk/spaziergaenge', lastmod: walksChanged },
		{ path: '/netzwerk/daten', lastmod: directoryChanged },
		...profileEntries,
		...publishedWalks.map((w) => ({ path: `/netzwerk/spaziergaenge/${w.slug}`, lastmod: w.updatedAt }))
	];
}
