import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { districts, places } from '$lib/server/modules/directory/schema';
import { loadOrganisationDetails } from '$lib/server/modules/directory';
import { loadPlaceMap } from './place-map';

const box = (west: number, south: number, east: number, north: number) => ({
	type: 'Polygon',
	coordinates: [
		[
			[west, south],
			[east, south],
			[east, north],
			[west, north],
			[west, south]
		]
	]
});

describeOnDatabases('the small map on an organisation page', (env) => {
	it('numbers the located places in the order of the list and draws them inside the whole town', async () => {
		const tenant = await env().tenant();
		const ctx = env().ctx(tenant);
		const organisationId = await env().organisation(tenant, { name: 'Deichchor' });
		await env()
			.db.insert(districts)
			.values([
				{ tenantId: tenant.id, slug: 'nord', name: 'Nord', geometry: box(9.5, 54.52, 9.6, 54.54) },
				{ tenantId: tenant.id, slug: 'sued', name: 'Süd', geometry: box(9.5, 54.5, 9.6, 54.52) }
			]);
		const at = (minutes: number) => new Date(Date.UTC(2024, 0, 1, 10, minutes));
		await env()
			.db.insert(places)
			.values([
				{ tenantId: tenant.id, organisationId, name: 'Probenraum', lat: 54.53, lng: 9.55, createdAt: at(1) },
				{ tenantId: tenant.id, organisationId, name: 'Noch ohne Lage', createdAt: at(2) },
				{ tenantId: tenant.id, organisationId, name: 'Kirche', lat: 54.51, lng: 9.52, createdAt: at(3) }
			]);
		const details = await loadOrganisationDetails(ctx, organisationId);
		if (!details.ok || details.value.kind !== 'profile') throw new Error('no profile');
		const organisation = details.value.organisation;

		const map = (await loadPlaceMap(ctx, organisation))!;
		expect(map.markers.map((m) => [m.number, m.title, m.linkText])).toEqual([
			[1, 'Probenraum', 'Deichchor'],
			[2, 'Kirche', 'Deichchor']
		]);
		// Each marker names the place it stands for, so the list can show the same number.
		const listed = organisation.places.map((p) => map.markers.find((m) => m.placeId === p.id)?.number ?? null);
		expect(listed).toEqual([1, null, 2]);
		expect(map.areas.map((a) => a.name)).toEqual(['Nord', 'Süd']);
		// A town without a tile server: the markers stand on a plain background with the districts.
		expect(map.tiles).toEqual({ url: '', attribution: '', host: '', foreign: false });

		// The drawing shows both districts and only the two numbered places, not the frame's corners.
		const drawing = map.drawing!;
		expect(drawing.markers.map((m) => m.number)).toEqual([1, 2]);
		expect(drawing.areas.map((a) => a.name)).toEqual(['Nord', 'Süd']);
		for (const m of drawing.markers) {
			expect(m.x).toBeGreaterThan(0);
			expect(m.x).toBeLessThan(drawing.width);
			expect(m.y).toBeGreaterThan(0);
			expect(m.y).toBeLessThan(drawing.height);
		}
		// North up: Probenraum (further north) is drawn above Kirche.
		expect(drawing.markers[0].y).toBeLessThan(drawing.markers[1].y);
	});

	it('is a single dot in its box without districts, and nothing without a located place', async () => {
		const tenant = await env().tenant();
		const ctx = env().ctx(tenant);
		const organisationId = await env().organisation(tenant);
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId, name: 'Vereinsheim', lat: 54.5, lng: 9.5 });
		const details = await loadOrganisationDetails(ctx, organisationId);
		if (!details.ok || details.value.kind !== 'profile') throw new Error('no profile');
		const map = (await loadPlaceMap(ctx, details.value.organisation))!;
		expect(map.areas).toEqual([]);
		expect(map.drawing!.markers).toEqual([{ number: 1, x: 300, y: 225 }]);

		const unlocated = await env().organisation(tenant);
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: unlocated, name: 'Irgendwo' });
		const other = await loadOrganisationDetails(ctx, unlocated);
		if (!other.ok || other.value.kind !== 'profile') throw new Error('no profile');
		expect(await loadPlaceMap(ctx, other.value.organisation)).toBeNull();
		expect(await loadPlaceMap(ctx, { ...other.value.organisation, places: [] })).toBeNull();
	});
});
