import { expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { describeOnDatabases } from '../testing/databases';
import { opportunities, opportunityFields, opportunityPlaces } from '../modules/engagement/schema';
import { seedSyntheticDirectory } from './synthetic';
import { seedSyntheticOpportunities } from './synthetic-engagement';

describeOnDatabases('synthetic opportunities', (env) => {
	it('are mostly published, at their organisations’ places or online, each in a field, and the same for the same counts', async () => {
		const counts = async (tenantId: string) => {
			const [row] = await env()
				.db.select({
					total: sql<number>`count(*)::int`,
					published: sql<number>`(count(*) filter (where ${opportunities.status} = 'published'))::int`,
					online: sql<number>`(count(*) filter (where ${opportunities.online}))::int`,
					nowhere: sql<number>`(count(*) filter (where not ${opportunities.online} and not exists (select 1 from ${opportunityPlaces} p where p.tenant_id = ${opportunities.tenantId} and p.opportunity_id = ${opportunities.id})))::int`,
					unfielded: sql<number>`(count(*) filter (where not exists (select 1 from ${opportunityFields} f where f.tenant_id = ${opportunities.tenantId} and f.opportunity_id = ${opportunities.id})))::int`,
					titles: sql<string>`md5(string_agg(${opportunities.title} || ${opportunities.commitment}, ',' order by ${opportunities.title}, ${opportunities.commitment}))`
				})
				.from(opportunities)
				.where(and(eq(opportunities.tenantId, tenantId)));
			return row;
		};
		const [a, b] = [await env().tenant(), await env().tenant()];
		for (const tenant of [a, b]) {
			await seedSyntheticDirectory(env().db, tenant.id, 40, 2);
			await seedSyntheticOpportunities(env().db, tenant.id, 400, 2);
		}
		const first = await counts(a.id);
		expect(first.total).toBe(400);
		expect(first.published).toBeGreaterThan(320);
		expect(first.published).toBeLessThan(390);
		expect(first.online).toBeGreaterThan(25);
		expect(first.online).toBeLessThan(110);
		expect(first.nowhere).toBe(0);
		expect(first.unfielded).toBe(0);
		expect((await counts(b.id)).titles).toBe(first.titles);
	}, 120_000);
});
