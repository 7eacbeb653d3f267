import { expect, it } from 'vitest';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { describeOnDatabases } from '../testing/databases';
import { places } from '../modules/directory/schema';
import { listDistricts, searchOrganisations } from '../modules/directory';
import { seedSyntheticDirectory } from './synthetic';

describeOnDatabases('synthetic directory', (env) => {
	it('creates organisations with fields, districts and about 1.3 located places each, ready for search', async () => {
		const tenant = await env().tenant();
		const { places: made } = await seedSyntheticDirectory(env().db, tenant.id, 600, 3);
		expect(made).toBeGreaterThan(600 * 1.2);
		expect(made).toBeLessThan(600 * 1.4);

		const all = await searchOrganisations(env().db, tenant.id, {}, 1);
		expect(all.total).toBeGreaterThan(540);
		expect(all.total).toBeLessThan(600);
		const districts = await listDistricts(env().db, tenant.id);
		expect(districts).toHaveLength(9);
		const [{ n }] = await env()
			.db.select({ n: sql<number>`count(*)::int` })
			.from(places)
			.where(and(eq(places.tenantId, tenant.id), isNull(places.districtId)));
		expect(n).toBe(0);

		const sport = await searchOrganisations(env().db, tenant.id, { q: 'Sportverein' });
		expect(sport.total).toBeGreaterThan(8);
		expect(sport.items[0].name).toMatch(/Sportverein/);
		expect((await searchOrganisations(env().db, tenant.id, { feld: 'kultur' })).total).toBeGreaterThan(20);
		expect((await searchOrganisations(env().db, tenant.id, { stadtteil: districts[0].slug })).total).toBeGreaterThan(20);
	});
});
