import { and, desc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Ctx } from '$lib/server/core/context';
import { translate, type Locale } from '$lib/i18n';
import { config } from '$lib/server/core/config';
import { notify, type NotifySender } from '$lib/server/core/notifications';
import { findAccountById } from '$lib/server/core/accounts';
import { listTenants, tenantBaseUrl, type Tenant } from '$lib/server/core/tenants';
import { applications, opportunities, opportunityFields } from '../schema';
import { applicantName, applicantRecipient, OPEN_STATUSES } from './queries';

/** How many other opportunities the kind mail suggests. */
export const SIMILAR_LIMIT = 3;

/** Up to three published opportunities like this one: sharing a field of activity first, else of the same organisation; newest first. */
export async function similarOpportunities(db: Db, tenantId: string, opportunity: { id: string; organisationId: string }) {
	const sharesField = sql<boolean>`exists (select 1 from ${opportunityFields} f where f.tenant_id = ${opportunities.tenantId} and f.opportunity_id = ${opportunities.id}
		and f.category_id in (select g.category_id from ${opportunityFields} g where g.tenant_id = ${tenantId} and g.opportunity_id = ${opportunity.id}))`;
	return db
		.select({ id: opportunities.id, title: opportunities.title })
		.from(opportunities)
		.where(
			and(
				eq(opportunities.tenantId, tenantId),
				eq(opportunities.status, 'published'),
				ne(opportunities.id, opportunity.id),
				or(sharesField, eq(opportunities.organisationId, opportunity.organisationId))
			)
		)
		.orderBy(desc(sharesField), desc(opportunities.publishedAt))
		.limit(SIMILAR_LIMIT);
}

/**
 * An opportunity was marked filled: everyone whose application is still open gets a kind mail
 * with similar opportunities, and the application is closed (declined), which is also how the
 * fallback job knows who was told. Returns how many were told. Call inside the transaction
 * that marks it filled; nothing happens unless its status is `filled`.
 */
export async function tellFilledApplicants(db: Db, sender: NotifySender & { tenant: Pick<Tenant, 'id' | 'name' | 'defaultLocale'> }, opportunityId: string): Promise<number> {
	const tenantId = sender.tenant.id;
	const [opportunity] = await db
		.select({ id: opportunities.id, title: opportunities.title, organisationId: opportunities.organisationId, status: opportunities.status })
		.from(opportunities)
		.where(and(eq(opportunities.tenantId, tenantId), eq(opportunities.id, opportunityId)));
	if (opportunity?.status !== 'filled') return 0;
	const now = new Date();
	const closed = await db
		.update(applications)
		.set({ status: 'declined', statusChangedAt: now, updatedAt: now })
		.where(and(eq(applications.tenantId, tenantId), eq(applications.opportunityId, opportunityId), inArray(applications.status, OPEN_STATUSES), isNotNull(applications.confirmedAt)))
		.returning();
	if (!closed.length) return 0;
	const similar = await similarOpportunities(db, tenantId, opportunity);
	for (const application of closed) {
		const to = applicantRecipient(application, sender.tenant);
		if (!to) continue;
		const locale: Locale = application.accountId ? ((await findAccountById(db, tenantId, application.accountId))?.locale ?? sender.tenant.defaultLocale) : sender.tenant.defaultLocale;
		const suggestions = similar.length
			? `${translate(locale, 'engagement.apply.filled_similar')}\n${similar.map((o) => `– ${o.title}: ${sender.baseUrl}/engagement/${o.id}`).join('\n')}`
			: translate(locale, 'engagement.apply.filled_none');
		await notify(db, sender, {
			kind: 'application_filled',
			to,
			params: { name: applicantName(application), opportunity: opportunity.title, similar: suggestions, search: `${sender.baseUrl}/engagement` },
			...(application.accountId ? { link: '/mein-bereich/bewerbungen' } : {})
		});
	}
	return closed.length;
}

/** What the opportunity lifecycle calls when it marks one filled, inside its transaction. */
export const onOpportunityFilled = (ctx: Pick<Ctx, 'db' | 'tenant' | 'baseUrl'>, opportunityId: string): Promise<number> => tellFilledApplicants(ctx.db, ctx, opportunityId);

/** Daily fallback: filled opportunities that still have open applications (marked filled some other way) get them told. */
export async function tellAllFilledApplicants(db: Db): Promise<number> {
	let told = 0;
	for (const tenant of await listTenants(db)) {
		const sender = { tenant, baseUrl: await tenantBaseUrl(db, tenant, config().PUBLIC_URL) };
		const due = await db
			.selectDistinct({ id: opportunities.id })
			.from(opportunities)
			.innerJoin(applications, and(eq(applications.tenantId, opportunities.tenantId), eq(applications.opportunityId, opportunities.id)))
			.where(and(eq(opportunities.tenantId, tenant.id), eq(opportunities.status, 'filled'), inArray(applications.status, OPEN_STATUSES), isNotNull(applications.confirmedAt)));
		for (const { id } of due) told += await db.transaction((tx) => tellFilledApplicants(tx, sender, id));
	}
	return told;
}
