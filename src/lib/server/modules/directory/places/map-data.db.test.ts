import { describe, expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import type { Tenant } from '$lib/server/core/tenants';
import { districts, organisationCategories, places } from '../schema';
import { listCategories, mapAreas, mapOrganisationName, mapPlaces, projection, scaleBar, staticMap, ZMapQuery } from '..';

describe('static map', () => {
	it('projects north up, keeps proportions and centres the points', () => {
		const project = projection(
			[
				{ lat: 54.5, lng: 9.5 },
				{ lat: 54.6, lng: 9.7 }
			],
			1000,
			600,
			50
		);
		const [west, south] = project(54.5, 9.5);
		const [east, north] = project(54.6, 9.7);
		expect(east).toBeGreaterThan(west);
		expect(north).toBeLessThan(south);
		// The wider side fills the drawing inside its margin; the other side is centred.
		expect(west).toBeGreaterThanOrEqual(50);
		expect(east).toBeLessThanOrEqual(950);
		expect(Math.min(west, 1000 - east) === 50 || Math.min(north, 600 - south) === 50).toBe(true);
		expect(Math.abs(west - (1000 - east))).toBeLessThanOrEqual(0.2);
		expect(Math.abs(north - (600 - south))).toBeLessThanOrEqual(0.2);
		// At 54.5° N a degree of longitude is about 0.58 of a degree of latitude on the ground; Mercator shows it so.
		const ratio = (east - west) / 0.2 / ((south - north) / 0.1);
		expect(ratio).toBeCloseTo(Math.cos((54.55 * Math.PI) / 180), 1);
	});

	it('puts a single point in the middle and draws the route and district outlines', () => {
		expect(staticMap([], { width: 100, height: 100 })).toBeNull();
		expect(staticMap([{ number: 1, lat: 54, lng: 9 }], { width: 100, height: 80 })?.markers).toEqual([{ number: 1, x: 50, y: 40 }]);
		const area = {
			name: 'Hafen',
			slug: 'hafen',
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[9, 54],
						[9.2, 54],
						[9.2, 54.2],
						[9, 54.2],
						[9, 54]
					]
				]
			}
		};
		const drawing = staticMap(
			[
				{ number: 1, lat: 54, lng: 9 },
				{ number: 2, lat: 54.2, lng: 9.2 }
			],
			{ width: 200, height: 200, route: true, areas: [area, { name: 'Kaputt', slug: 'x', geometry: { type: 'Point' } }] }
		)!;
		expect(drawing.route).toBe(`${drawing.markers[0].x},${drawing.markers[0].y} ${drawing.markers[1].x},${drawing.markers[1].y}`);
		expect(drawing.areas).toHaveLength(1);
		expect(drawing.areas[0].d).toMatch(/^M[\d. ]+(L[\d. ]+){4}Z$/);
		expect(drawing.areas[0].name).toBe('Hafen');
	});
});

describe('scale bar', () => {
	it('gives a round distance and its true length in the drawing', () => {
		// Two points 0.1° of longitude apart on the equator are 11.13 km apart; drawn 1000 px wide.
		const project = projection(
			[
				{ lat: 0, lng: 10 },
				{ lat: 0, lng: 10.1 }
			],
			1000,
			1000,
			0
		);
		const bar = scaleBar(project.pixelsPerRadian, 0, 200)!;
		// 200 px are 2.23 km: the longest round distance in it is 2 km, 2000 / 11132 × 1000 px long.
		expect(bar.metres).toBe(2000);
		expect(bar.pixels).toBeCloseTo((2000 / 11131.9) * 1000, 0);
		// At 60° N a metre takes twice the pixels.
		expect(scaleBar(project.pixelsPerRadian, 60, 200)!.metres).toBe(1000);
		expect(scaleBar(0, 54, 200)).toBeNull();
	});

	it('comes with every drawing of more than one point', () => {
		const drawing = staticMap(
			[
				{ number: 1, lat: 54.5, lng: 9.5 },
				{ number: 2, lat: 54.51, lng: 9.52 }
			],
			{ width: 1000, height: 700 }
		)!;
		expect(drawing.scale!.pixels).toBeGreaterThan(0);
		expect(drawing.scale!.pixels).toBeLessThanOrEqual(200);
		const { metres } = drawing.scale!;
		expect([1, 2, 5].map((f) => f * 10 ** Math.round(Math.log10(metres / f)))).toContain(metres);
		expect(staticMap([{ number: 1, lat: 54, lng: 9 }], { width: 100, height: 80 })!.scale).toBeNull();
	});
});

describeOnDatabases('map data', (env) => {
	const square = (lng: number, lat: number) => ({
		type: 'Polygon',
		coordinates: [
			[
				[lng, lat],
				[lng + 0.1, lat],
				[lng + 0.1, lat + 0.1],
				[lng, lat + 0.1],
				[lng, lat]
			]
		]
	});

	async function town(): Promise<{ tenant: Tenant; tsv: string; tafel: string; hidden: string }> {
		const tenant = await env().tenant();
		const [sport] = await listCategories(env().db, tenant.id);
		const [hafen, markt] = await env()
			.db.insert(districts)
			.values([
				{ tenantId: tenant.id, slug: 'hafen', name: 'Hafen', geometry: square(9, 54) },
				{ tenantId: tenant.id, slug: 'markt', name: 'Markt', geometry: square(9.5, 54.5) }
			])
			.returning();
		const tsv = await env().organisation(tenant, { name: 'Turn- und Sportverein', networkMember: true });
		const tafel = await env().organisation(tenant, { name: 'Tafel', kind: 'initiative' });
		const hidden = await env().organisation(tenant, { name: 'Angemeldeter Verein', status: 'proposed' });
		await env().db.insert(organisationCategories).values({ tenantId: tenant.id, organisationId: tsv, categoryId: sport.id });
		await env()
			.db.insert(places)
			.values([
				{ tenantId: tenant.id, organisationId: tsv, name: 'Sportplatz', lat: 54.05, lng: 9.05, districtId: hafen.id, street: 'Deichweg 1', postcode: '24999', city: 'Hafenstadt' },
				{ tenantId: tenant.id, organisationId: tsv, name: 'Halle am Markt', lat: 54.55, lng: 9.55, districtId: markt.id },
				{ tenantId: tenant.id, organisationId: tsv, name: 'Noch ohne Pin' },
				{ tenantId: tenant.id, organisationId: tafel, name: 'Ausgabe', lat: 54.52, lng: 9.52, districtId: markt.id },
				{ tenantId: tenant.id, organisationId: hidden, name: 'Vereinsheim', lat: 54.06, lng: 9.06, districtId: hafen.id }
			]);
		return { tenant, tsv, tafel, hidden };
	}
	const names = async (tenant: Tenant, query: Record<string, string>) => (await mapPlaces(env().db, tenant.id, ZMapQuery.parse(query))).places.map((p) => `${p.number} ${p.name}`);

	it('shows located places of published organisations, numbered in A–Z order', async () => {
		const { tenant, tsv } = await town();
		const result = await mapPlaces(env().db, tenant.id, ZMapQuery.parse({}));
		expect(result.total).toBe(3);
		expect(result.places.map((p) => `${p.number} ${p.organisationName}: ${p.name}`)).toEqual(['1 Tafel: Ausgabe', '2 Turn- und Sportverein: Halle am Markt', '3 Turn- und Sportverein: Sportplatz']);
		expect(result.places[2]).toMatchObject({ organisationId: tsv, district: 'Hafen', districtSlug: 'hafen', lat: 54.05, lng: 9.05, street: 'Deichweg 1', postcode: '24999', city: 'Hafenstadt' });
		// Capped lists still tell how many there are.
		const capped = await mapPlaces(env().db, tenant.id, ZMapQuery.parse({}), 1);
		expect([capped.places.length, capped.total]).toEqual([1, 3]);
	});

	it('applies the directory filters; a district keeps only the places inside it', async () => {
		const { tenant } = await town();
		expect(await names(tenant, { stadtteil: 'hafen' })).toEqual(['1 Sportplatz']);
		expect(await names(tenant, { stadtteil: 'markt' })).toEqual(['1 Ausgabe', '2 Halle am Markt']);
		expect(await names(tenant, { art: 'initiative' })).toEqual(['1 Ausgabe']);
		expect(await names(tenant, { feld: 'sport', stadtteil: 'markt' })).toEqual(['1 Halle am Markt']);
		expect(await names(tenant, { netzwerk: '1' })).toEqual(['1 Halle am Markt', '2 Sportplatz']);
		expect(await names(tenant, { q: 'Sportverein' })).toEqual(['1 Halle am Markt', '2 Sportplatz']);
		expect(await names(tenant, { stadtteil: 'gibt-es-nicht' })).toEqual([]);
		// Unknown values are ignored rather than failing the page.
		expect(ZMapQuery.parse({ art: 'raumschiff', organisation: 'nope' })).toEqual({});
	});

	it('shows one organisation, only when it is published, and never another tenant', async () => {
		const { tenant, tafel, hidden } = await town();
		expect(await names(tenant, { organisation: tafel })).toEqual(['1 Ausgabe']);
		expect(await names(tenant, { organisation: hidden })).toEqual([]);
		expect(await mapOrganisationName(env().db, tenant.id, tafel)).toBe('Tafel');
		expect(await mapOrganisationName(env().db, tenant.id, hidden)).toBeNull();

		const other = await env().tenant();
		expect((await mapPlaces(env().db, other.id, ZMapQuery.parse({ organisation: tafel }))).places).toEqual([]);
		expect(await mapOrganisationName(env().db, other.id, tafel)).toBeNull();
		expect(await mapAreas(env().db, other.id)).toEqual([]);
		expect((await mapAreas(env().db, tenant.id)).map((a) => a.slug)).toEqual(['hafen', 'markt']);
	});
});
