import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { listAudit } from '$lib/server/core/audit';
import type { Tenant } from '$lib/server/core/tenants';
import { and, eq } from 'drizzle-orm';
import { places } from '../schema';
import { organisations } from '../../../core/organisations/schema';
import {
	addWalkStop,
	createWalk,
	deleteWalk,
	findWalk,
	listWalks,
	listWalkStops,
	loadPublicWalk,
	moveWalkStop,
	removeWalkStop,
	setWalkPublished,
	slugify,
	updateWalk,
	updateWalkStop,
	walkPlaceOptions
} from '..';

it('builds readable addresses from German titles', () => {
	expect(slugify('Engagement in der Altstadt – für Gäste aus anderen Städten')).toBe('engagement-in-der-altstadt-fuer-gaeste-aus-anderen-staedten');
	expect(slugify('Straße & Café')).toBe('strasse-cafe');
	expect(slugify('!!!')).toBe('spaziergang');
});

it('cuts long titles to 80 characters without a hyphen at the end', () => {
	expect(slugify(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
});

const walk = { title: 'Jugend engagiert sich', targetGroup: 'Schulklassen', description: 'Ein Weg **für Klassen**.', durationMinutes: '90' };

describeOnDatabases('walks', (env) => {
	async function town(): Promise<{ tenant: Tenant; coordinator: Awaited<ReturnType<ReturnType<typeof env>['account']>>; placeIds: string[]; hiddenPlace: string }> {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const tsv = await env().organisation(tenant, { name: 'TSV' });
		const tafel = await env().organisation(tenant, { name: 'Tafel' });
		const proposed = await env().organisation(tenant, { name: 'Neu', status: 'proposed' });
		const rows = await env()
			.db.insert(places)
			.values([
				{ tenantId: tenant.id, organisationId: tsv, name: 'Sportplatz', lat: 54.5, lng: 9.5 },
				{ tenantId: tenant.id, organisationId: tafel, name: 'Ausgabe', lat: 54.51, lng: 9.52 },
				{ tenantId: tenant.id, organisationId: tafel, name: 'Lager' },
				{ tenantId: tenant.id, organisationId: proposed, name: 'Geheim', lat: 54.52, lng: 9.53 }
			])
			.returning({ id: places.id });
		return { tenant, coordinator, placeIds: rows.slice(0, 3).map((r) => r.id), hiddenPlace: rows[3].id };
	}

	it('are composed by coordinators: stops in order, moved, changed and removed, every step logged', async () => {
		const { tenant, coordinator, placeIds } = await town();
		const ctx = env().ctx(tenant, coordinator.actor);
		const created = await createWalk(ctx, walk);
		expect(created).toMatchObject({ ok: true, value: { slug: 'jugend-engagiert-sich' } });
		if (!created.ok) return;
		const id = created.value.id;
		expect(await findWalk(env().db, tenant.id, id)).toMatchObject({ title: walk.title, targetGroup: 'Schulklassen', durationMinutes: 90, published: false });

		for (const [i, placeId] of placeIds.entries()) expect(await addWalkStop(ctx, { placeId, text: `Station ${i + 1}`, walkId: id })).toEqual({ ok: true, value: { position: i + 1 } });
		const order = async () => (await listWalkStops(env().db, tenant.id, id)).map((s) => `${s.position} ${s.placeName}: ${s.text}`);
		expect(await order()).toEqual(['1 Sportplatz: Station 1', '2 Ausgabe: Station 2', '3 Lager: Station 3']);

		expect(await moveWalkStop(ctx, { walkId: id, position: 3, direction: 'up' })).toEqual({ ok: true, value: { position: 2 } });
		expect(await order()).toEqual(['1 Sportplatz: Station 1', '2 Lager: Station 3', '3 Ausgabe: Station 2']);
		expect(await moveWalkStop(ctx, { walkId: id, position: 1, direction: 'up' })).toEqual({ ok: true, value: { position: 1 } });
		expect(await moveWalkStop(ctx, { walkId: id, position: 1, direction: 'down' })).toEqual({ ok: true, value: { position: 2 } });
		expect(await order()).toEqual(['1 Lager: Station 3', '2 Sportplatz: Station 1', '3 Ausgabe: Station 2']);
		expect(await moveWalkStop(ctx, { walkId: id, position: 9, direction: 'down' })).toEqual({ ok: false, error: 'not_found' });

		expect((await updateWalkStop(ctx, { text: 'Hier trainiert die Jugend.', walkId: id, position: 2 })).ok).toBe(true);
		expect(await removeWalkStop(ctx, { walkId: id, position: 1 })).toEqual({ ok: true, value: null });
		expect(await order()).toEqual(['1 Sportplatz: Hier trainiert die Jugend.', '2 Ausgabe: Station 2']);
		expect(await removeWalkStop(ctx, { walkId: id, position: 5 })).toEqual({ ok: false, error: 'not_found' });

		expect(await updateWalk(ctx, { ...walk, title: 'Jugend engagiert sich!', slug: 'jugend', walkId: id })).toEqual({ ok: true, value: { slug: 'jugend' } });
		expect(await setWalkPublished(ctx, { walkId: id, published: true })).toEqual({ ok: true, value: null });
		expect(await listWalks(env().db, tenant.id, { publishedOnly: true })).toEqual([
			{ id, slug: 'jugend', title: 'Jugend engagiert sich!', targetGroup: 'Schulklassen', durationMinutes: 90, published: true, stopCount: 2 }
		]);

		const log = await listAudit(env().db, tenant.id, { entityId: id });
		expect(log.items.map((r) => r.action).sort()).toEqual(
			['walk.created', 'walk.stop_added', 'walk.stop_added', 'walk.stop_added', 'walk.stop_moved', 'walk.stop_moved', 'walk.stop_updated', 'walk.stop_removed', 'walk.updated', 'walk.published'].sort()
		);
		expect(log.items.every((r) => r.actorId === coordinator.accountId)).toBe(true);

		expect(await deleteWalk(ctx, { walkId: id })).toEqual({ ok: true, value: null });
		expect(await findWalk(env().db, tenant.id, id)).toBeUndefined();
		expect(await listWalkStops(env().db, tenant.id, id)).toEqual([]);
		expect((await listAudit(env().db, tenant.id, { entityId: id, action: 'walk.deleted' })).total).toBe(1);
	});

	it('check their input: required fields, duration, unique address, places of published organisations only', async () => {
		const { tenant, coordinator, placeIds, hiddenPlace } = await town();
		const ctx = env().ctx(tenant, coordinator.actor);
		expect(await createWalk(ctx, { title: '', targetGroup: '', durationMinutes: '' })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { title: 'error.required', targetGroup: 'error.required', durationMinutes: 'map.error_duration' }
		});
		expect(await createWalk(ctx, { ...walk, slug: 'Mit Leerzeichen' })).toMatchObject({ fields: { slug: 'map.error_slug' } });
		expect(await createWalk(ctx, { ...walk, durationMinutes: '4' })).toMatchObject({ fields: { durationMinutes: 'map.error_duration' } });
		const first = await createWalk(ctx, walk);
		expect(await createWalk(ctx, walk)).toEqual({ ok: false, error: 'invalid', fields: { slug: 'map.error_slug_taken' } });
		const second = await createWalk(ctx, { ...walk, slug: 'zweiter' });
		if (!first.ok || !second.ok) throw new Error('walks not created');
		expect(await updateWalk(ctx, { ...walk, slug: first.value.slug, walkId: second.value.id })).toMatchObject({ fields: { slug: 'map.error_slug_taken' } });
		// Saving a walk under its own address is fine.
		expect((await updateWalk(ctx, { ...walk, walkId: first.value.id })).ok).toBe(true);

		expect(await addWalkStop(ctx, { placeId: hiddenPlace, walkId: first.value.id })).toEqual({ ok: false, error: 'invalid', fields: { placeId: 'map.error_place' } });
		expect(await addWalkStop(ctx, { placeId: 'kein-ort', walkId: first.value.id })).toMatchObject({ fields: { placeId: 'map.error_place' } });
		expect(await setWalkPublished(ctx, { walkId: first.value.id, published: true })).toEqual({ ok: false, error: 'invalid', fields: { _: 'map.error_no_stops' } });
		expect((await walkPlaceOptions(env().db, tenant.id)).map((o) => `${o.organisationName}: ${o.name} ${o.located}`)).toEqual(['Tafel: Ausgabe true', 'Tafel: Lager false', 'TSV: Sportplatz true']);
		expect(placeIds).toHaveLength(3);
	});

	it('are managed only by the coordination of their own municipality', async () => {
		const { tenant, coordinator, placeIds } = await town();
		const created = await createWalk(env().ctx(tenant, coordinator.actor), walk);
		if (!created.ok) throw new Error('not created');
		const id = created.value.id;
		const resident = await env().account(tenant);
		const partner = await env().account(tenant, ['partner']);
		const admin = await env().account(tenant, ['admin']);
		for (const actor of [resident.actor, partner.actor, env().ctx(tenant).actor]) {
			const ctx = env().ctx(tenant, actor);
			expect(await createWalk(ctx, walk)).toEqual({ ok: false, error: 'forbidden' });
			expect(await updateWalk(ctx, { ...walk, walkId: id })).toEqual({ ok: false, error: 'forbidden' });
			expect(await addWalkStop(ctx, { placeId: placeIds[0], walkId: id })).toEqual({ ok: false, error: 'forbidden' });
			expect(await setWalkPublished(ctx, { walkId: id, published: true })).toEqual({ ok: false, error: 'forbidden' });
			expect(await moveWalkStop(ctx, { walkId: id, position: 1, direction: 'down' })).toEqual({ ok: false, error: 'forbidden' });
			expect(await updateWalkStop(ctx, { text: 'x', walkId: id, position: 1 })).toEqual({ ok: false, error: 'forbidden' });
			expect(await removeWalkStop(ctx, { walkId: id, position: 1 })).toEqual({ ok: false, error: 'forbidden' });
			expect(await deleteWalk(ctx, { walkId: id })).toEqual({ ok: false, error: 'forbidden' });
		}
		expect((await addWalkStop(env().ctx(tenant, admin.actor), { placeId: placeIds[0], walkId: id })).ok).toBe(true);

		// Another town's coordinator neither acts here nor finds this walk from there.
		const other = await env().tenant();
		const stranger = await env().account(other, ['coordinator']);
		expect(await deleteWalk(env().ctx(tenant, stranger.actor), { walkId: id })).toEqual({ ok: false, error: 'forbidden' });
		const theirs = env().ctx(other, stranger.actor);
		expect(await deleteWalk(theirs, { walkId: id })).toEqual({ ok: false, error: 'not_found' });
		expect(await updateWalk(theirs, { ...walk, walkId: id })).toEqual({ ok: false, error: 'not_found' });
		const own = await createWalk(theirs, { ...walk, title: 'Eigener Weg' });
		if (!own.ok) throw new Error('not created');
		expect(await addWalkStop(theirs, { placeId: placeIds[0], walkId: own.value.id })).toMatchObject({ fields: { placeId: 'map.error_place' } });
		expect(await findWalk(env().db, other.id, id)).toBeUndefined();
	});

	it('are public only once published, and without stops at organisations that are not published', async () => {
		const { tenant, coordinator, placeIds } = await town();
		const staff = env().ctx(tenant, coordinator.actor);
		const created = await createWalk(staff, walk);
		if (!created.ok) throw new Error('not created');
		const id = created.value.id;
		for (const placeId of placeIds) await addWalkStop(staff, { placeId, walkId: id });
		const visitor = env().ctx(tenant);
		const resident = env().ctx(tenant, (await env().account(tenant)).actor);

		expect(await loadPublicWalk(visitor, 'jugend-engagiert-sich')).toEqual({ ok: false, error: 'not_found' });
		expect(await loadPublicWalk(resident, 'jugend-engagiert-sich')).toEqual({ ok: false, error: 'not_found' });
		expect(await listWalks(env().db, tenant.id, { publishedOnly: true })).toEqual([]);
		// The coordination previews the draft.
		expect(await loadPublicWalk(staff, 'jugend-engagiert-sich')).toMatchObject({ ok: true, value: { walk: { published: false } } });

		await setWalkPublished(staff, { walkId: id, published: true });
		const shown = await loadPublicWalk(visitor, 'Jugend-Engagiert-Sich');
		if (!shown.ok) throw new Error('not shown');
		for (const forged of ['jugend-engagiert-sich\u0000', 'jugend%00', '', '-', 'a'.repeat(5000)]) {
			expect(await loadPublicWalk(visitor, forged), forged.slice(0, 30)).toEqual({ ok: false, error: 'not_found' });
		}
		expect(shown.value.stops.map((s) => s.placeName)).toEqual(['Sportplatz', 'Ausgabe', 'Lager']);
		// Only located stops are drawn, numbered as in the list.
		expect(shown.value.located.map((s) => `${s.number} ${s.title}`)).toEqual(['1 Sportplatz', '2 Ausgabe']);

		// When an organisation leaves the directory, its stop leaves the public walk.
		const tsv = shown.value.stops[0].organisationId;
		await env()
			.db.update(organisations)
			.set({ status: 'archived' })
			.where(and(eq(organisations.tenantId, tenant.id), eq(organisations.id, tsv)));
		const after = await loadPublicWalk(visitor, 'jugend-engagiert-sich');
		expect(after.ok && after.value.stops.map((s) => s.placeName)).toEqual(['Ausgabe', 'Lager']);
		expect(after.ok && after.value.located.map((s) => `${s.number} ${s.title}`)).toEqual(['1 Ausgabe']);

		// Another town does not see it.
		const other = await env().tenant();
		expect(await loadPublicWalk(env().ctx(other), 'jugend-engagiert-sich')).toEqual({ ok: false, error: 'not_found' });

		await setWalkPublished(staff, { walkId: id, published: false });
		expect(await loadPublicWalk(visitor, 'jugend-engagiert-sich')).toEqual({ ok: false, error: 'not_found' });
	});

	it('close the gap a deleted place leaves in the order', async () => {
		const { tenant, coordinator, placeIds } = await town();
		const ctx = env().ctx(tenant, coordinator.actor);
		const created = await createWalk(ctx, walk);
		if (!created.ok) throw new Error('not created');
		const id = created.value.id;
		for (const placeId of placeIds) await addWalkStop(ctx, { placeId, walkId: id });
		// The place of stop 2 goes; its stop goes with it (cascade) and leaves positions 1 and 3.
		await env()
			.db.delete(places)
			.where(and(eq(places.tenantId, tenant.id), eq(places.id, placeIds[1])));
		expect((await listWalkStops(env().db, tenant.id, id)).map((s) => s.position)).toEqual([1, 3]);
		expect(await moveWalkStop(ctx, { walkId: id, position: 3, direction: 'up' })).toEqual({ ok: true, value: { position: 1 } });
		expect((await listWalkStops(env().db, tenant.id, id)).map((s) => `${s.position} ${s.placeName}`)).toEqual(['1 Lager', '2 Sportplatz']);
	});

	it("change one stop's text in place, leaving the other stops as they are", async () => {
		const { tenant, coordinator, placeIds } = await town();
		const ctx = env().ctx(tenant, coordinator.actor);
		const created = await createWalk(ctx, walk);
		if (!created.ok) throw new Error('not created');
		const id = created.value.id;
		for (const [i, placeId] of placeIds.entries()) await addWalkStop(ctx, { placeId, text: `Station ${i + 1}`, walkId: id });
		const before = (await findWalk(env().db, tenant.id, id))!.updatedAt;

		expect(await updateWalkStop(ctx, { text: '  Neu erzählt.  ', walkId: id, position: 2 })).toEqual({ ok: true, value: null });
		expect((await listWalkStops(env().db, tenant.id, id)).map((s) => `${s.position} ${s.placeName}: ${s.text}`)).toEqual(['1 Sportplatz: Station 1', '2 Ausgabe: Neu erzählt.', '3 Lager: Station 3']);
		expect((await findWalk(env().db, tenant.id, id))!.updatedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
		expect((await listAudit(env().db, tenant.id, { entityId: id, action: 'walk.stop_updated' })).items[0]).toMatchObject({
			before: { position: 2, text: 'Station 2' },
			after: { position: 2, text: 'Neu erzählt.' }
		});
		expect(await updateWalkStop(ctx, { text: 'x', walkId: id, position: 4 })).toEqual({ ok: false, error: 'not_found' });
		expect(await updateWalkStop(ctx, { text: 'x', walkId: id, position: 1.5 })).toEqual({ ok: false, error: 'not_found' });
		expect(await updateWalkStop(ctx, { text: 'x'.repeat(2001), walkId: id, position: 1 })).toEqual({ ok: false, error: 'invalid', fields: { text: 'error.too_long' } });
	});

	it('never visit the same place twice in a row, neither by adding nor by moving a stop', async () => {
		const { tenant, coordinator, placeIds } = await town();
		const ctx = env().ctx(tenant, coordinator.actor);
		const created = await createWalk(ctx, walk);
		if (!created.ok) throw new Error('not created');
		const id = created.value.id;
		const [sportplatz, ausgabe] = placeIds;
		expect((await addWalkStop(ctx, { placeId: sportplatz, walkId: id })).ok).toBe(true);
		expect(await addWalkStop(ctx, { placeId: sportplatz, walkId: id })).toEqual({ ok: false, error: 'invalid', fields: { placeId: 'map.error_same_place_twice' } });
		// Coming back later is a walk's loop, not a repetition.
		expect((await addWalkStop(ctx, { placeId: ausgabe, walkId: id })).ok).toBe(true);
		expect((await addWalkStop(ctx, { placeId: sportplatz, walkId: id })).ok).toBe(true);
		// Moving the middle stop would put Sportplatz next to Sportplatz.
		expect(await moveWalkStop(ctx, { walkId: id, position: 2, direction: 'down' })).toEqual({ ok: false, error: 'invalid', fields: { _: 'map.error_same_place_twice' } });
		expect((await listWalkStops(env().db, tenant.id, id)).map((s) => s.placeName)).toEqual(['Sportplatz', 'Ausgabe', 'Sportplatz']);
		expect((await listAudit(env().db, tenant.id, { entityId: id, action: 'walk.stop_added' })).total).toBe(3);
	});

	it('offer places by any word of their name, organisation, address or district', async () => {
		const { tenant } = await town();
		const names = async (q: string) => (await walkPlaceOptions(env().db, tenant.id, q)).map((o) => `${o.organisationName}: ${o.name}`);
		expect(await names('')).toEqual(['Tafel: Ausgabe', 'Tafel: Lager', 'TSV: Sportplatz']);
		expect(await names('tafel')).toEqual(['Tafel: Ausgabe', 'Tafel: Lager']);
		expect(await names('TAFEL lag')).toEqual(['Tafel: Lager']);
		expect(await names('sport')).toEqual(['TSV: Sportplatz']);
		expect(await names('100%')).toEqual([]);
		// Places of organisations that are not published are never offered.
		expect(await names('Geheim')).toEqual([]);
	});
});
