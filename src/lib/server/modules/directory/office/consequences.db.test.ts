import { expect, it } from 'vitest';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { loadActor } from '$lib/server/core/accounts';
import { organisationCategories, places, walks, walkStops } from '../schema';
import { createCategory, deleteCategory, describeCategoryDeletion, describeOrganisationArchiving, describePlaceRemoval, removePlace, setOrganisationArchived } from '..';

describeOnDatabases('confirm steps of destructive actions', (env) => {
	it('say how many organisations, places and walks are affected, and only to those who may do it', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const owner = await env().account(tenant);
		const stranger = await env().account(tenant);
		const ctx = env().ctx(tenant, coordinator.actor);
		const { id: categoryId } = valueOf(await createCategory(ctx, { nameDe: 'Deichpflege', nameEn: 'Dyke care' }));
		const club = await env().organisation(tenant, { name: 'Deichverband' });
		await env().member(tenant, { organisationId: club, accountId: owner.accountId, role: 'owner' });
		const others = await Promise.all([1, 2, 3].map((n) => env().organisation(tenant, { name: `Verein ${n}` })));
		await env()
			.db.insert(organisationCategories)
			.values([club, ...others].map((organisationId) => ({ tenantId: tenant.id, organisationId, categoryId })));
		const [hall, dyke, shed] = await env()
			.db.insert(places)
			.values(['Halle', 'Deich', 'Schuppen'].map((name) => ({ tenantId: tenant.id, organisationId: club, name })))
			.returning({ id: places.id });
		const [north, south] = await env()
			.db.insert(walks)
			.values(['nord', 'sued'].map((slug) => ({ tenantId: tenant.id, slug, title: slug, targetGroup: 'families', durationMinutes: 60 })))
			.returning({ id: walks.id });
		// The dyke is a stop of both walks, twice on the northern one; the hall of the southern one only.
		await env()
			.db.insert(walkStops)
			.values([
				{ tenantId: tenant.id, walkId: north.id, position: 1, placeId: dyke.id },
				{ tenantId: tenant.id, walkId: north.id, position: 2, placeId: dyke.id },
				{ tenantId: tenant.id, walkId: south.id, position: 1, placeId: dyke.id },
				{ tenantId: tenant.id, walkId: south.id, position: 2, placeId: hall.id }
			]);
		const ownerCtx = env().ctx(tenant, await loadActor(env().db, tenant.id, owner.accountId));
		const strangerCtx = env().ctx(tenant, stranger.actor);

		expect(await describeCategoryDeletion(ctx, { id: categoryId })).toEqual({ ok: true, value: { nameDe: 'Deichpflege', nameEn: 'Dyke care', organisations: 4 } });
		expect(await describeCategoryDeletion(ownerCtx, { id: categoryId })).toEqual({ ok: false, error: 'forbidden' });
		expect(await describeOrganisationArchiving(ownerCtx, { organisationId: club })).toEqual({ ok: true, value: { name: 'Deichverband', places: 3, walks: 2 } });
		expect(await describeOrganisationArchiving(ctx, { organisationId: others[0] })).toEqual({ ok: true, value: { name: 'Verein 1', places: 0, walks: 0 } });
		expect(await describeOrganisationArchiving(strangerCtx, { organisationId: club })).toEqual({ ok: false, error: 'forbidden' });
		expect(await describePlaceRemoval(ownerCtx, { organisationId: club, placeId: dyke.id })).toEqual({ ok: true, value: { name: 'Deich', walks: 2 } });
		expect(await describePlaceRemoval(ownerCtx, { organisationId: club, placeId: shed.id })).toEqual({ ok: true, value: { name: 'Schuppen', walks: 0 } });
		expect(await describePlaceRemoval(strangerCtx, { organisationId: club, placeId: hall.id })).toEqual({ ok: false, error: 'forbidden' });
		// A place of another organisation is not found through this one.
		expect(await describePlaceRemoval(ctx, { organisationId: others[0], placeId: hall.id })).toEqual({ ok: false, error: 'not_found' });

		// Describing changed nothing; doing it does what was said.
		expect(await removePlace(ownerCtx, { organisationId: club, placeId: dyke.id })).toEqual({ ok: true, value: null });
		expect(await describeOrganisationArchiving(ownerCtx, { organisationId: club })).toEqual({ ok: true, value: { name: 'Deichverband', places: 2, walks: 1 } });
		expect(await deleteCategory(ctx, { id: categoryId })).toEqual({ ok: true, value: { detached: 4 } });
		expect(await setOrganisationArchived(ownerCtx, { organisationId: club, archived: true })).toEqual({ ok: true, value: null });
	});
});
