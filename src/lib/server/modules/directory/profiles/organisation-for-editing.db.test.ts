import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { districts, places } from '../schema';
import { loadOrganisationForEditing } from './organisation-for-editing';

describeOnDatabases('the edit page of an organisation', (env) => {
	it('gives coordinators the profile without its search index or internal links, with places and their districts', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const id = await env().organisation(tenant, { name: 'Deichläufer', description: 'Wir laufen am Deich.' });
		const [deich] = await env()
			.db.insert(districts)
			.values({ tenantId: tenant.id, slug: 'deich', name: 'Deichviertel', geometry: { type: 'Polygon', coordinates: [] } })
			.returning();
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: id, name: 'Treffpunkt', lat: 54.5, lng: 9.5, districtId: deich.id });
		const found = await loadOrganisationForEditing(env().ctx(tenant, coordinator.actor), { organisationId: id });
		if (!found.ok) throw new Error(found.error);
		expect(found.value.organisation).toMatchObject({ id, name: 'Deichläufer', description: 'Wir laufen am Deich.', categoryIds: [] });
		for (const internal of ['searchVector', 'initial', 'tenantId', 'createdBy', 'mergedIntoId', 'staleReminderSentAt']) expect(found.value.organisation).not.toHaveProperty(internal);
		expect(found.value.places.map((p) => [p.name, p.district])).toEqual([['Treffpunkt', 'Deichviertel']]);
	});

	it('is not found for unknown and merged organisations and other towns, and forbidden for residents', async () => {
		const tenant = await env().tenant();
		const resident = await env().account(tenant);
		const coordinator = await env().account(tenant, ['coordinator']);
		const id = await env().organisation(tenant);
		const merged = await env().organisation(tenant, { status: 'merged', mergedIntoId: id });
		expect(await loadOrganisationForEditing(env().ctx(tenant, resident.actor), { organisationId: id })).toEqual({ ok: false, error: 'forbidden' });
		expect(await loadOrganisationForEditing(env().ctx(tenant, coordinator.actor), { organisationId: merged })).toEqual({ ok: false, error: 'not_found' });
		expect(await loadOrganisationForEditing(env().ctx(tenant, coordinator.actor), { organisationId: '00000000-0000-4000-8000-000000000000' })).toEqual({ ok: false, error: 'not_found' });
		const elsewhere = await env().tenant();
		const foreign = await env().account(elsewhere, ['coordinator']);
		expect(await loadOrganisationForEditing(env().ctx(elsewhere, foreign.actor), { organisationId: id })).toEqual({ ok: false, error: 'not_found' });
	});
});
