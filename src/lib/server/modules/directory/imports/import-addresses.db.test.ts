import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { listAudit } from '$lib/server/core/audit';
import { districts, geocodeAddresses, places } from '../schema';
import { addPlace, countAddresses, countUnlocatedPlaces, importAddresses, locateUnlocatedPlaces, placesOf, previewAddressImport } from '..';
import { testSquare as hafen } from '$lib/server/testing/geometry';

const table = ['Straße;Hausnummer;PLZ;Breitengrad;Längengrad', 'Hafenstraße;12;24999;54,05;9,05', 'Am Markt;;24999;54.5;9.5', 'Deichweg 4;;24999;54.06;9.06', 'Am Markt;;24999;54.51;9.51'].join('\n');

describeOnDatabases('address table', (env) => {
	it('previews counts and errors, and replaces the whole table only when every row is fine', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const ctx = env().ctx(tenant, coordinator.actor);
		await env().db.insert(geocodeAddresses).values({ tenantId: tenant.id, postcode: '11111', streetKey: 'alt', houseNumber: '', lat: 1, lng: 1 });

		expect(await previewAddressImport(ctx, { csv: table })).toEqual({ ok: true, value: { rows: 4, entries: 3, repeated: 1, invalid: 0, problems: [] } });
		const broken = `${table}\nOhne PLZ;1;;54;9\nHafenweg;2;24999;91;abc`;
		const preview = await previewAddressImport(ctx, { csv: broken });
		expect(preview).toMatchObject({ ok: true, value: { rows: 6, invalid: 2 } });
		expect(preview.ok && preview.value.problems).toEqual([
			{ line: 6, column: 'PLZ', message: 'error.postcode' },
			{ line: 7, column: 'Breitengrad', message: 'imports.error.coordinate', params: { value: '91' } },
			{ line: 7, column: 'Längengrad', message: 'imports.error.coordinate_lng', params: { value: 'abc' } }
		]);
		expect(await importAddresses(ctx, { csv: broken })).toMatchObject({ ok: false, error: 'rows_invalid' });
		expect(await countAddresses(env().db, tenant.id)).toBe(1);
		expect(await previewAddressImport(ctx, { csv: 'Straße;PLZ\nAm Markt;24999' })).toEqual({ ok: false, error: 'invalid', fields: { file: 'imports.error.address_columns' } });

		expect(await importAddresses(ctx, { csv: table })).toEqual({ ok: true, value: { before: 1, after: 3 } });
		const rows = await env().db.select().from(geocodeAddresses).where(eq(geocodeAddresses.tenantId, tenant.id));
		expect(rows.map((r) => [r.streetKey, r.houseNumber, r.lat]).sort()).toEqual([
			['am markt', '', 54.51],
			['deichweg', '4', 54.06],
			['hafenstr', '12', 54.05]
		]);
		expect((await listAudit(env().db, tenant.id, { action: 'addresses.imported' })).items[0]).toMatchObject({ before: { entries: 1 }, after: { entries: 3 } });
	});

	it('locates places without coordinates by the table and derives their districts', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const ctx = env().ctx(tenant, coordinator.actor);
		const organisationId = await env().organisation(tenant);
		await addPlace(ctx, { name: 'Ausgabestelle', street: 'Hafenstr. 12', postcode: '24999', organisationId });
		await addPlace(ctx, { name: 'Unbekannt', street: 'Nirgendweg 1', postcode: '24999', organisationId });
		await addPlace(ctx, { name: 'Ohne Anschrift', organisationId });
		expect(await countUnlocatedPlaces(env().db, tenant.id)).toBe(3);
		const [district] = await env().db.insert(districts).values({ tenantId: tenant.id, slug: 'hafen', name: 'Hafen', geometry: hafen }).returning();
		expect((await importAddresses(ctx, { csv: table })).ok).toBe(true);

		expect(await locateUnlocatedPlaces(ctx)).toEqual({ ok: true, value: { located: 1, remaining: 2 } });
		const [located] = await env()
			.db.select()
			.from(places)
			.where(and(eq(places.tenantId, tenant.id), eq(places.name, 'Ausgabestelle')));
		expect(located).toMatchObject({ lat: 54.05, lng: 9.05, districtId: district.id });
		expect((await placesOf(env().db, tenant.id, [organisationId])).filter((p) => p.lat === null).map((p) => p.name)).toEqual(['Unbekannt', 'Ohne Anschrift']);
		expect((await listAudit(env().db, tenant.id, { action: 'places.located' })).items[0]).toMatchObject({ after: { located: 1, remaining: 2 } });
	});

	it('is for coordinators of the same municipality only', async () => {
		const tenant = await env().tenant();
		const other = await env().tenant();
		const resident = await env().account(tenant);
		const foreign = await env().account(other, ['coordinator']);
		for (const ctx of [env().ctx(tenant, resident.actor), env().ctx(tenant, foreign.actor)]) {
			expect(await previewAddressImport(ctx, { csv: table })).toEqual({ ok: false, error: 'forbidden' });
			expect(await importAddresses(ctx, { csv: table })).toEqual({ ok: false, error: 'forbidden' });
			expect(await locateUnlocatedPlaces(ctx)).toEqual({ ok: false, error: 'forbidden' });
		}
		expect(await countAddresses(env().db, tenant.id)).toBe(0);
		expect((await importAddresses(env().ctx(other, foreign.actor), { csv: table })).ok).toBe(true);
		expect(await countAddresses(env().db, tenant.id)).toBe(0);
		expect(await countAddresses(env().db, other.id)).toBe(3);
	});
});
