import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { listAudit } from '$lib/server/core/audit';
import { addPlace, districtOverview, districtSlug, importDistricts, listDistricts, placesOf } from '..';
import { utmToLngLat } from '../places/crs';

const square = (x: number, y: number, size = 0.1) => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + size, y],
			[x + size, y + size],
			[x, y + size],
			[x, y]
		]
	]
});
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describeOnDatabases('district import', (env) => {
	it('adds, redraws and replaces districts, and every place follows its point', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const ctx = env().ctx(tenant, coordinator.actor);
		const organisationId = await env().organisation(tenant);
		await addPlace(ctx, { name: 'Am Hafen', lat: '54.05', lng: '9.05', organisationId });
		await addPlace(ctx, { name: 'In der Altstadt', lat: '54.15', lng: '9.05', organisationId });
		await addPlace(ctx, { name: 'Draußen', lat: '55', lng: '10', organisationId });

		const first = collection(feature({ name: 'Hafen' }, square(9, 54)), feature({ STADTTEIL: 'Mühlenau-Süd' }, { type: 'MultiPolygon', coordinates: [square(8, 53).coordinates] }));
		expect(await importDistricts(ctx, { geojson: first, mode: 'add' })).toEqual({ ok: true, value: { names: ['Hafen', 'Mühlenau-Süd'], placesChanged: 1 } });
		expect((await listDistricts(env().db, tenant.id)).map((d) => d.slug)).toEqual(['hafen', 'muehlenau-sued']);

		// "add" redraws Hafen so that it also covers the old town, and adds Altstadt on top.
		const second = collection(feature({ Name: 'Hafen' }, square(9, 54, 0.2)));
		expect(await importDistricts(ctx, { geojson: second, mode: 'add' })).toEqual({ ok: true, value: { names: ['Hafen'], placesChanged: 1 } });
		let overview = await districtOverview(env().db, tenant.id);
		expect(overview.districts.map((d) => [d.name, d.places])).toEqual([
			['Hafen', 2],
			['Mühlenau-Süd', 0]
		]);
		expect(overview.placesOutside).toBe(1);

		expect(await importDistricts(ctx, { geojson: collection(feature({ name: 'Altstadt' }, square(9, 54.1))), mode: 'replace' })).toMatchObject({ ok: true, value: { names: ['Altstadt'] } });
		overview = await districtOverview(env().db, tenant.id);
		expect(overview.districts.map((d) => [d.name, d.places])).toEqual([['Altstadt', 1]]);
		expect(overview.placesOutside).toBe(2);
		const byName = new Map((await placesOf(env().db, tenant.id, [organisationId])).map((p) => [p.name, p.districtId]));
		expect(byName.get('In der Altstadt')).toBe(overview.districts[0].id);
		expect(byName.get('Am Hafen')).toBeNull();
		const audit = await listAudit(env().db, tenant.id, { action: 'districts.imported' });
		expect(audit.total).toBe(3);
		expect(audit.items[0]).toMatchObject({ before: { districts: ['Hafen', 'Mühlenau-Süd'] }, after: { mode: 'replace', districts: ['Altstadt'] } });
	});

	it('explains what is wrong with a file and then changes nothing', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const ctx = env().ctx(tenant, coordinator.actor);
		expect(await importDistricts(ctx, { geojson: '{nope', mode: 'add' })).toEqual({ ok: false, error: 'invalid', fields: { file: 'imports.error.json' } });
		expect(await importDistricts(ctx, { geojson: JSON.stringify(square(9, 54)), mode: 'add' })).toEqual({ ok: false, error: 'invalid', fields: { file: 'imports.error.feature_collection' } });
		expect(await importDistricts(ctx, { geojson: collection(), mode: 'add' })).toEqual({ ok: false, error: 'invalid', fields: { file: 'imports.error.empty' } });
		expect(await importDistricts(ctx, { geojson: collection(feature({ name: 'A' }, square(9, 54))), mode: 'everything' })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { mode: 'error.choose_one' }
		});
		const result = await importDistricts(ctx, {
			mode: 'replace',
			geojson: collection(
				feature({ name: 'Hafen' }, square(9, 54)),
				feature({ title: 'ohne Namen' }, square(9, 55)),
				feature({ name: 'Punkt' }, { type: 'Point', coordinates: [9, 54] }),
				feature({ name: 'hafen' }, square(9, 56)),
				feature({ name: 'Vertauscht' }, square(54, 95))
			)
		});
		expect(result).toEqual({
			ok: false,
			error: 'features_invalid',
			problems: [
				{ feature: 2, message: 'imports.error.district_name' },
				{ feature: 3, message: 'imports.error.geometry', params: { type: 'Point' } },
				{ feature: 4, message: 'imports.error.district_repeated', params: { name: 'hafen' } },
				{ feature: 5, message: 'imports.error.geometry_range' }
			]
		});
		expect(await listDistricts(env().db, tenant.id)).toEqual([]);
	});

	it('reprojects outlines in ETRS89 / UTM, named in the file or recognised by their size, and refuses other systems with a sentence', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const ctx = env().ctx(tenant, coordinator.actor);
		const organisationId = await env().organisation(tenant);
		// A square of 10 km in UTM metres, and a place in its middle.
		const utmSquare = (e: number, n: number) => ({
			type: 'Polygon',
			coordinates: [
				[
					[e, n],
					[e + 10_000, n],
					[e + 10_000, n + 10_000],
					[e, n + 10_000],
					[e, n]
				]
			]
		});
		const [lng, lat] = utmToLngLat(32, 505_000, 5_995_000);
		await addPlace(ctx, { name: 'Mitte', lat: String(lat), lng: String(lng), organisationId });
		const named = JSON.stringify({
			type: 'FeatureCollection',
			crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
			features: [feature({ name: 'Nord' }, utmSquare(500_000, 5_990_000))]
		});
		expect(await importDistricts(ctx, { geojson: named, mode: 'replace' })).toEqual({ ok: true, value: { names: ['Nord'], placesChanged: 1 } });
		const [nord] = await listDistricts(env().db, tenant.id);
		expect((nord.geometry as { coordinates: number[][][] }).coordinates[0][0]).toEqual(utmToLngLat(32, 500_000, 5_990_000));
		expect((await districtOverview(env().db, tenant.id)).districts.map((d) => [d.name, d.places])).toEqual([['Nord', 1]]);

		// Without a crs member, in Brandenburg: zone 33, the same numbers 6° further east.
		const brandenburg = env().ctx({ ...tenant, state: 'BB' }, coordinator.actor);
		expect(await importDistricts(brandenburg, { geojson: collection(feature({ name: 'Ost' }, utmSquare(500_000, 5_990_000))), mode: 'replace' })).toMatchObject({
			ok: true,
			value: { names: ['Ost'] }
		});
		const [ost] = await listDistricts(env().db, tenant.id);
		expect((ost.geometry as { coordinates: number[][][] }).coordinates[0][0]).toEqual(utmToLngLat(33, 500_000, 5_990_000));

		// Gauß-Krüger, named or not, is explained rather than drawn somewhere wrong.
		const gaussKrueger = JSON.stringify({
			type: 'FeatureCollection',
			crs: { type: 'name', properties: { name: 'EPSG:31467' } },
			features: [feature({ name: 'Alt' }, utmSquare(3_500_000, 5_990_000))]
		});
		expect(await importDistricts(ctx, { geojson: gaussKrueger, mode: 'replace' })).toEqual({ ok: false, error: 'invalid', fields: { file: 'imports.error.not_wgs84' } });
		expect(await importDistricts(ctx, { geojson: collection(feature({ name: 'Alt' }, utmSquare(3_500_000, 5_990_000))), mode: 'replace' })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { file: 'imports.error.not_wgs84' }
		});
		expect((await listDistricts(env().db, tenant.id)).map((d) => d.name)).toEqual(['Ost']);
	});

	it('keeps district names on one line and without U+0000, which JSON can spell as \\u0000', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const ctx = env().ctx(tenant, coordinator.actor);
		const named = collection(feature({ name: 'Alt\u0000stadt\nNord' }, square(9, 54)), feature({ name: '\u0000\u0000' }, square(10, 54)));
		expect(await importDistricts(ctx, { geojson: named, mode: 'add' })).toMatchObject({ ok: false, error: 'features_invalid', problems: [{ feature: 2, message: 'imports.error.district_name' }] });
		expect(await importDistricts(ctx, { geojson: collection(feature({ name: 'Alt\u0000stadt\nNord' }, square(9, 54))), mode: 'add' })).toMatchObject({
			ok: true,
			value: { names: ['Altstadt Nord'] }
		});
	});

	it('is for coordinators of the same municipality only', async () => {
		const tenant = await env().tenant();
		const other = await env().tenant();
		const resident = await env().account(tenant);
		const foreign = await env().account(other, ['coordinator']);
		const geojson = collection(feature({ name: 'Hafen' }, square(9, 54)));
		for (const ctx of [env().ctx(tenant, resident.actor), env().ctx(tenant, foreign.actor), env().ctx(tenant)]) {
			expect(await importDistricts(ctx, { geojson, mode: 'add' })).toEqual({ ok: false, error: 'forbidden' });
		}
		expect(await listDistricts(env().db, tenant.id)).toEqual([]);
	});
});

it('makes URL-friendly district slugs', () => {
	expect(districtSlug('Mühlenau-Süd')).toBe('muehlenau-sued');
	expect(districtSlug('  Straße am Deich (Nord) ')).toBe('strasse-am-deich-nord');
});
