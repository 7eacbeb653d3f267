import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { loadActor } from '$lib/server/core/accounts';
import { mails } from '$lib/server/core/mail/schema';
import { decideModeration, listModeration } from '$lib/server/core/moderation';
import { showNotifications } from '$lib/server/core/notifications';
import { organisationCategories, places } from '../schema';
import { compareOrganisations, createCategory, findMergeCandidates, showOfficeDashboard, updateCategory, listCategories, mergeOrganisations, proposeOrganisation, updateOrganisation } from '..';

const profile = { name: 'Strickcafé Deichmaschen', kind: 'initiative', description: 'Wir stricken jeden Dienstag.', postcode: '24999', city: 'Hafenstadt' };

describeOnDatabases('coordination office', (env) => {
	it('every coordinator hears of a proposal and of changes sent again, with a link to the approvals queue', async () => {
		const tenant = await env().tenant();
		const [first, second] = [await env().account(tenant, ['coordinator']), await env().account(tenant, ['coordinator'])];
		const admin = await env().account(tenant, ['admin']);
		const resident = await env().account(tenant);
		const { organisationId } = valueOf(await proposeOrganisation(env().ctx(tenant, resident.actor), profile));

		for (const coordinator of [first, second]) {
			const shown = valueOf(await showNotifications(env().ctx(tenant, coordinator.actor)));
			expect(shown.items.map((n) => [n.title, n.link])).toEqual([[`Neuer Vorschlag wartet auf Freigabe: „${profile.name}“`, '/koordination/freigaben']]);
		}
		expect(valueOf(await showNotifications(env().ctx(tenant, admin.actor))).items).toEqual([]);
		const mailed = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'moderation_submitted')));
		expect(mailed.map((m) => m.toAddress).sort()).toEqual([first.email, second.email].sort());
		expect(mailed[0].textBody).toContain(`Test Person hat „${profile.name}“`);
		expect(mailed[0].textBody).toContain(`${env().ctx(tenant).baseUrl}/koordination/freigaben`);

		const ctx = env().ctx(tenant, first.actor);
		const [item] = valueOf(await listModeration(ctx));
		valueOf(await decideModeration(ctx, { itemId: item.id, decision: 'changes_requested', reason: 'Bitte den Ort ergänzen.' }));
		const owner = await loadActor(env().db, tenant.id, resident.accountId);
		valueOf(await updateOrganisation(env().ctx(tenant, owner), { ...profile, organisationId, description: 'Jeden Dienstag im Gemeindehaus.' }));
		const again = valueOf(await showNotifications(env().ctx(tenant, second.actor)));
		expect(again.items.filter((n) => n.link === '/koordination/freigaben')).toHaveLength(2);
	});

	it('the queue shows who proposed and when, and existing or waiting organisations with a similar name', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const resident = await env().account(tenant, [], 'lea@example.org');
		const published = await env().organisation(tenant, { name: 'Strickcafé Deichmaschen' });
		const sameName = await env().organisation(tenant, { name: 'strickcafe-deichmaschen', status: 'published' });
		await env().organisation(tenant, { name: 'Strickcafé Deichmaschen', status: 'archived' });
		await env().organisation(tenant, { name: 'Shanty-Chor Hafenstadt' });
		const ctx = env().ctx(tenant, resident.actor);
		const first = valueOf(await proposeOrganisation(ctx, { ...profile, name: 'Strickcafé Deichmaschen (2)' })).organisationId;
		const second = valueOf(await proposeOrganisation(ctx, { ...profile, name: 'Strick-Café Deichmaschen' })).organisationId;
		const unrelated = valueOf(await proposeOrganisation(ctx, { ...profile, name: 'Boßelverein Nordaue' })).organisationId;

		const queue = valueOf(await listModeration(env().ctx(tenant, coordinator.actor)));
		expect(queue.map((i) => i.proposer)).toEqual([0, 1, 2].map(() => ({ name: 'Test Person', email: 'lea@example.org' })));
		expect(queue.every((i) => i.submittedAt instanceof Date)).toBe(true);
		const similar = (id: string) => queue.find((i) => i.subjectId === id)!.subject!.similar!;
		const hrefs = (id: string) => similar(id).map((s) => s.href);
		expect(hrefs(first)).toEqual(expect.arrayContaining([`/netzwerk/organisationen/${published}`, `/netzwerk/organisationen/${second}`]));
		expect(similar(first).find((s) => s.href.endsWith(second))).toMatchObject({ title: 'Strick-Café Deichmaschen', waiting: true });
		expect(similar(first).find((s) => s.href.endsWith(published))).toMatchObject({ waiting: false, mergeHref: `/koordination/zusammenfuehren?duplikat=${first}&bleibt=${published}` });
		expect(hrefs(second)).toEqual(expect.arrayContaining([`/netzwerk/organisationen/${sameName}`, `/netzwerk/organisationen/${first}`]));
		expect(similar(unrelated)).toEqual([]);
	});

	it('a decision must be chosen: none is taken for granted', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const resident = await env().account(tenant);
		valueOf(await proposeOrganisation(env().ctx(tenant, resident.actor), profile));
		const ctx = env().ctx(tenant, coordinator.actor);
		const [item] = valueOf(await listModeration(ctx));
		expect(await decideModeration(ctx, { itemId: item.id, reason: '' })).toEqual({ ok: false, error: 'invalid', fields: { decision: 'moderation.choose_decision' } });
		expect(valueOf(await listModeration(ctx)).map((i) => i.id)).toEqual([item.id]);
	});

	it('merging reaches waiting entries and first shows both side by side with what is kept', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const resident = await env().account(tenant, [], 'lea@example.org');
		const [sport, kultur] = await listCategories(env().db, tenant.id);
		const stays = await env().organisation(tenant, { name: 'Strickcafé Deichmaschen', email: 'info@deichmaschen.example' });
		await env().db.insert(organisationCategories).values({ tenantId: tenant.id, organisationId: stays, categoryId: kultur.id });
		const waiting = valueOf(
			await proposeOrganisation(env().ctx(tenant, resident.actor), { ...profile, name: 'Strickcafé Deichmaschen (2)', phone: '04321 123456', categoryIds: [sport.id] })
		).organisationId;
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: waiting, name: 'Gemeindehaus', street: 'Deichweg 3', postcode: '24999', city: 'Hafenstadt' });
		await env().organisation(tenant, { name: 'Strickcafé Deichmaschen alt', status: 'archived' });
		const ctx = env().ctx(tenant, coordinator.actor);

		expect(valueOf(await findMergeCandidates(ctx, { q: 'Strickcafé' })).map((o) => [o.name, o.status])).toEqual([
			['Strickcafé Deichmaschen', 'published'],
			['Strickcafé Deichmaschen (2)', 'proposed']
		]);
		expect(await findMergeCandidates(env().ctx(tenant, resident.actor), { q: 'Strickcafé' })).toEqual({ ok: false, error: 'forbidden' });

		const { source, target, kept, fromDuplicate } = valueOf(await compareOrganisations(ctx, { sourceId: waiting, targetId: stays }));
		expect([source.name, source.status, target.name]).toEqual(['Strickcafé Deichmaschen (2)', 'proposed', 'Strickcafé Deichmaschen']);
		expect(kept).toMatchObject({ name: 'Strickcafé Deichmaschen', status: 'published', fields: [kultur.nameDe, sport.nameDe], places: ['Gemeindehaus (Deichweg 3, 24999 Hafenstadt)'] });
		expect(kept.values).toMatchObject({ email: 'info@deichmaschen.example', phone: '04321 123456', description: profile.description });
		expect(kept.people).toEqual([{ name: 'Test Person', email: 'lea@example.org', role: 'owner' }]);
		expect(fromDuplicate).toEqual(expect.arrayContaining(['phone', 'description', 'postcode', 'city']));
		expect(fromDuplicate).not.toContain('email');

		valueOf(await mergeOrganisations(ctx, { sourceId: waiting, targetId: stays }));
		expect(await listModeration(ctx)).toEqual({ ok: true, value: [] });
		expect(await compareOrganisations(ctx, { sourceId: waiting, targetId: stays })).toEqual({ ok: false, error: 'not_found' });
		expect(await compareOrganisations(ctx, { sourceId: stays, targetId: stays })).toEqual({ ok: false, error: 'not_found' });
	});

	it('the dashboard counts stale profiles and places without a position and lists the latest changes with names', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const longAgo = new Date(Date.now() - 400 * 24 * 3600 * 1000);
		const stale = await Promise.all(['Boßelverein', 'Chor am Deich'].map((name) => env().organisation(tenant, { name, confirmedAt: longAgo })));
		const fresh = await env().organisation(tenant, { name: 'Tafel Hafenstadt', confirmedAt: new Date() });
		await env()
			.db.insert(places)
			.values([
				{ tenantId: tenant.id, organisationId: fresh, name: 'Ausgabestelle' },
				{ tenantId: tenant.id, organisationId: fresh, name: 'Lager', lat: 54.5, lng: 9.5 }
			]);
		const ctx = env().ctx(tenant, coordinator.actor);
		valueOf(await updateOrganisation(ctx, { ...profile, organisationId: fresh, name: 'Tafel Hafenstadt e. V.' }));

		const dashboard = valueOf(await showOfficeDashboard(ctx));
		expect(dashboard.stale).toMatchObject({
			total: 2,
			items: [
				{ id: stale[0], name: 'Boßelverein' },
				{ id: stale[1], name: 'Chor am Deich' }
			]
		});
		expect(dashboard.unlocatedPlaces).toEqual({ total: 1, items: [{ id: expect.any(String), name: 'Ausgabestelle', organisationId: fresh, organisationName: 'Tafel Hafenstadt e. V.' }] });
		expect(dashboard.changes).toEqual([
			{ id: expect.anything(), action: 'organisation.updated', at: expect.any(Date), organisationId: fresh, organisationName: 'Tafel Hafenstadt e. V.', by: 'Test Person' }
		]);
		expect(await showOfficeDashboard(env().ctx(tenant, (await env().account(tenant)).actor))).toEqual({ ok: false, error: 'forbidden' });
	});

	it('a field of activity cannot be added or renamed to a name in use, whatever the case, spaces or umlauts', async () => {
		const tenant = await env().tenant();
		const ctx = env().ctx(tenant, (await env().account(tenant, ['coordinator'])).actor);
		const { id } = valueOf(await createCategory(ctx, { nameDe: 'Müllsammeln', nameEn: 'Litter picking' }));
		const taken = { ok: false, error: 'invalid', fields: { nameDe: 'categories.duplicate_name' } };
		for (const nameDe of ['Müllsammeln', ' müllsammeln ', 'MUELLSAMMELN', 'Müll-Sammeln', 'Müll sammeln'])
			expect(await createCategory(ctx, { nameDe, nameEn: `Other ${nameDe}` }), nameDe).toEqual(taken);
		expect(await createCategory(ctx, { nameDe: 'Sport (neu)', nameEn: 'litter  picking' })).toMatchObject({ fields: { nameEn: 'categories.duplicate_name' } });
		const sport = valueOf(await createCategory(ctx, { nameDe: 'Fußball', nameEn: 'Football' })).id;
		expect(await createCategory(ctx, { nameDe: 'Fussball', nameEn: 'Soccer' })).toEqual(taken);
		expect(await updateCategory(ctx, { id: sport, nameDe: 'Müllsammeln', nameEn: 'Football' })).toEqual(taken);
		expect(await updateCategory(ctx, { id: sport, nameDe: 'Fußball ', nameEn: 'Football and futsal' })).toEqual({ ok: true, value: null });
		expect(await updateCategory(ctx, { id, nameDe: 'Müll sammeln', nameEn: 'Litter picking' })).toEqual({ ok: true, value: null });
		expect((await listCategories(env().db, tenant.id)).filter((c) => /m(ü|ue)ll/i.test(c.nameDe)).map((c) => c.nameDe)).toEqual(['Müll sammeln']);
	});
});
