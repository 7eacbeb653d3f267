import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { config } from '$lib/server/core/config';
import { notify, type NotifySender } from '$lib/server/core/notifications';
import { listTenants, tenantBaseUrl, type Tenant } from '$lib/server/core/tenants';
import { translate } from '$lib/i18n';
import { savedSearches } from '../../schema';
import { ZOpportunitySearch, searchParams } from '../contracts';
import { matchingRows, opportunityFilter, searchScope } from '../queries';
import { resultsOf, type OpportunityResult } from '../search-opportunities';
import { describeSearch } from './describe-search';
import { stopToken } from './tokens';

/** At most this many new opportunities in one mail; the link to the search shows the rest. */
const MAX_IN_MAIL = 10;

// The task runs once a day at the same hour: a little slack keeps a search from slipping a day.
const due = or(
	and(eq(savedSearches.frequency, 'daily'), sql`${savedSearches.lastSentAt} < now() - interval '20 hours'`),
	and(eq(savedSearches.frequency, 'weekly'), sql`${savedSearches.lastSentAt} < now() - interval '6 days 20 hours'`)
);

/** Where a result's page is: its town's, when a district (Kreis) found it in a member municipality. */
export function opportunityUrl(baseUrl: string, item: Pick<OpportunityResult, 'id' | 'town'>): string {
	return item.town ? `${new URL(baseUrl).origin}/t/${item.town.slug}/engagement/${item.id}` : `${baseUrl}/engagement/${item.id}`;
}

function matchLines(sender: NotifySender, locale: Tenant['defaultLocale'], items: OpportunityResult[]): string {
	return items
		.map((item) => {
			const where = item.online ? translate(locale, 'esearch.anywhere') : [item.town?.name, ...new Set(item.places.map((p) => p.district ?? p.city).filter(Boolean))].filter(Boolean).join(', ');
			return `• ${item.title} – ${item.organisation.name}${where ? ` (${where})` : ''}\n  ${opportunityUrl(sender.baseUrl, item)}`;
		})
		.join('\n');
}

/**
 * The daily task: every confirmed saved search that is due gets one mail with the opportunities
 * published since its last mail, through the shared notifications (an account's choice of
 * delivery applies; every mail has the one-click stop link of its search). A search without new
 * matches sends nothing and waits for its next turn. Each search in its own transaction.
 */
export async function sendSavedSearches(db: Db): Promise<number> {
	let sent = 0;
	for (const tenant of await listTenants(db)) {
		const rows = await db
			.select()
			.from(savedSearches)
			.where(and(eq(savedSearches.tenantId, tenant.id), isNotNull(savedSearches.confirmedAt), due));
		if (!rows.length) continue;
		const sender = { tenant, baseUrl: await tenantBaseUrl(db, tenant, config().PUBLIC_URL) };
		const scope = await searchScope(db, tenant);
		for (const row of rows) {
			const search = ZOpportunitySearch.catch({}).parse(row.query);
			const now = new Date();
			const filter = await opportunityFilter(db, scope, search);
			filter.base.push(sql`o.published_at > ${row.lastSentAt ?? row.createdAt}`);
			const items = await resultsOf({ db, locale: tenant.defaultLocale }, scope, await matchingRows(db, filter, sql`o.published_at desc, o.sort_key`, MAX_IN_MAIL, 0));
			sent += await db.transaction(async (tx) => {
				await tx
					.update(savedSearches)
					.set({ lastSentAt: now })
					.where(and(eq(savedSearches.tenantId, tenant.id), eq(savedSearches.id, row.id)));
				if (!items.length) return 0;
				const locale = tenant.defaultLocale;
				const query = new URLSearchParams(searchParams(search)).toString();
				await notify(tx, sender, {
					kind: 'engagement_saved_search',
					to: row.accountId ? { accountId: row.accountId } : { email: row.email, locale },
					params: {
						search: await describeSearch(tx, tenant.id, locale, search),
						matches: matchLines(sender, locale, items),
						stop: `${sender.baseUrl}/engagement/suchauftrag/abbestellen?token=${await stopToken(tx, tenant.id, row.id)}`
					},
					link: `/engagement${query ? `?${query}` : ''}`
				});
				return 1;
			});
		}
	}
	return sent;
}
