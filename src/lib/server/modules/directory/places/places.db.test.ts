import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { loadActor } from '$lib/server/core/accounts';
import { districts, geocodeAddresses } from '../schema';
import { addPlace, placesOf, reassignDistricts, removePlace, updatePlace } from '..';
import { testSquare as hafen } from '$lib/server/testing/geometry';

describeOnDatabases('places', (env) => {
	it('are placed by pin or by the address table, and get their district from their point', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const ctx = env().ctx(tenant, coordinator.actor);
		const organisationId = await env().organisation(tenant);
		const [district] = await env().db.insert(districts).values({ tenantId: tenant.id, slug: 'hafen', name: 'Hafen', geometry: hafen }).returning();
		await env()
			.db.insert(geocodeAddresses)
			.values([
				{ tenantId: tenant.id, postcode: '24999', streetKey: 'hafenstr', houseNumber: '12', lat: 54.05, lng: 9.05 },
				{ tenantId: tenant.id, postcode: '24999', streetKey: 'am markt', houseNumber: '', lat: 54.5, lng: 9.5 }
			]);

		const pinned = await addPlace(ctx, { name: 'Vereinsheim', lat: '54.02', lng: '9.02', organisationId });
		expect(pinned).toMatchObject({ ok: true, value: { located: true } });
		const byAddress = await addPlace(ctx, { name: 'Ausgabestelle', street: 'Hafenstraße 12', postcode: '24999', organisationId });
		expect(byAddress).toMatchObject({ ok: true, value: { located: true } });
		const byStreet = await addPlace(ctx, { name: 'Markt', street: 'Am Markt 7', postcode: '24999', organisationId });
		expect(byStreet).toMatchObject({ ok: true, value: { located: true } });
		const unknown = await addPlace(ctx, { name: 'Irgendwo', street: 'Nirgendweg 1', postcode: '24999', organisationId });
		expect(unknown).toMatchObject({ ok: true, value: { located: false } });

		const list = await placesOf(env().db, tenant.id, [organisationId]);
		expect(list.map((p) => [p.name, p.lat, p.districtId])).toEqual([
			['Vereinsheim', 54.02, district.id],
			['Ausgabestelle', 54.05, district.id],
			['Markt', 54.5, null],
			['Irgendwo', null, null]
		]);

		// Moving the pin moves the district with it; new district borders re-derive every place.
		const vereinsheim = list[0].id;
		expect((await updatePlace(ctx, { name: 'Vereinsheim', lat: '55', lng: '9.05', organisationId, placeId: vereinsheim })).ok).toBe(true);
		expect((await placesOf(env().db, tenant.id, [organisationId]))[0].districtId).toBeNull();
		await env()
			.db.insert(districts)
			.values({
				tenantId: tenant.id,
				slug: 'markt',
				name: 'Markt',
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[9.4, 54.4],
							[9.6, 54.4],
							[9.6, 54.6],
							[9.4, 54.6],
							[9.4, 54.4]
						]
					]
				}
			});
		expect(await reassignDistricts(env().db, tenant.id)).toBe(1);

		expect(await addPlace(ctx, { name: '', postcode: '1', organisationId })).toMatchObject({ ok: false, fields: { name: 'error.required', postcode: 'error.postcode' } });
		expect((await removePlace(ctx, { organisationId, placeId: vereinsheim })).ok).toBe(true);
		expect(await removePlace(ctx, { organisationId, placeId: vereinsheim })).toEqual({ ok: false, error: 'not_found' });
	});

	it('only people of the organisation and coordinators manage its places', async () => {
		const tenant = await env().tenant();
		await env().account(tenant, ['coordinator']);
		const editor = await env().account(tenant);
		const orgA = await env().organisation(tenant);
		const orgB = await env().organisation(tenant);
		await env().member(tenant, { organisationId: orgA, accountId: editor.accountId, role: 'editor' });
		const ctx = env().ctx(tenant, await loadActor(env().db, tenant.id, editor.accountId));
		expect((await addPlace(ctx, { name: 'Eigener Ort', organisationId: orgA })).ok).toBe(true);
		expect(await addPlace(ctx, { name: 'Fremder Ort', organisationId: orgB })).toEqual({ ok: false, error: 'forbidden' });
		expect(await addPlace(env().ctx(tenant), { name: 'Anonym', organisationId: orgA })).toEqual({ ok: false, error: 'forbidden' });
	});
});
