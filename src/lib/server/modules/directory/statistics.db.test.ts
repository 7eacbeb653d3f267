import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { computeStatistics } from '$lib/server/core/statistics';
import { places, walks } from './schema';

describeOnDatabases('directory figures', (env) => {
	it('count the town’s organisations, places and walks for the range, not another town’s', async () => {
		const tenant = await env().tenant();
		const other = await env().tenant();
		const { actor } = await env().account(tenant, ['coordinator']);
		const old = await env().organisation(tenant, { createdAt: new Date('2025-06-01T10:00:00Z') });
		await env().organisation(tenant, { createdAt: new Date('2026-03-01T10:00:00Z') });
		await env().organisation(tenant, { createdAt: new Date('2026-03-02T10:00:00Z'), status: 'proposed' });
		await env().organisation(other, { createdAt: new Date('2026-03-01T10:00:00Z') });
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: old, name: 'Vereinsheim', lat: 54.1, lng: 9.1 });
		await env().db.insert(walks).values({ tenantId: tenant.id, slug: 'w', title: 'Spaziergang', targetGroup: 'Familien', durationMinutes: 60, published: true });

		const figures = async (von: string, bis: string) => {
			const result = await computeStatistics(env().ctx(tenant, actor), { von, bis });
			if (!result.ok) throw new Error(result.error);
			return Object.fromEntries(result.value.figures.map((f) => [f.name, f.value]));
		};
		expect(await figures('2026-01-01', '2026-12-31')).toMatchObject({
			'directory.organisations_published': 2,
			'directory.organisations_new': 2,
			'directory.places_located': 1,
			'directory.walks_published': 1,
			'accounts.registered': 1
		});
		// The range's last day counts whole; what came later does not.
		expect(await figures('2025-01-01', '2026-03-01')).toMatchObject({ 'directory.organisations_published': 2, 'directory.organisations_new': 2 });
		expect(await figures('2025-01-01', '2025-12-31')).toMatchObject({ 'directory.organisations_published': 1, 'directory.organisations_new': 1, 'accounts.registered': 0 });
	});
});
