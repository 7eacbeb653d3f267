import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { loadActor, listOrganisationMembers } from '$lib/server/core/accounts';
import { mails } from '$lib/server/core/mail/schema';
import { periodicTasks } from '$lib/server/core/jobs';
import { showNotifications } from '$lib/server/core/notifications';
import { organisationCategories, places } from '../schema';
import { organisations } from '../../../core/organisations/schema';
import { createCategory, deleteCategory, listCategories, listStaleOrganisations, mergeOrganisations, searchOrganisations, sendStaleReminders, updateCategory } from '..';
import { acceptInvitation, describeInvitation, findOrganisation, inviteMember } from '../../../core/organisations';

describeOnDatabases('directory management', (env) => {
	it('an owner invites an editor by mail; only the invited address can accept, once', async () => {
		const tenant = await env().tenant();
		await env().account(tenant, ['coordinator']);
		const owner = await env().account(tenant);
		const invited = await env().account(tenant, [], 'neu@example.org');
		const someoneElse = await env().account(tenant);
		const organisationId = await env().organisation(tenant, { name: 'Tafel Hafenstadt' });
		await env().member(tenant, { organisationId, accountId: owner.accountId, role: 'owner' });
		const ownerCtx = env().ctx(tenant, await loadActor(env().db, tenant.id, owner.accountId));

		expect(await inviteMember(env().ctx(tenant, invited.actor), { email: 'x@example.org', role: 'owner', organisationId })).toEqual({ ok: false, error: 'forbidden' });
		expect(await inviteMember(ownerCtx, { email: 'kaputt', role: 'editor', organisationId })).toMatchObject({ fields: { email: 'error.email' } });
		expect((await inviteMember(ownerCtx, { email: 'NEU@example.org', role: 'editor', organisationId })).ok).toBe(true);
		const [mail] = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'organisation_invitation')));
		const token = /token=([\w-]+)/.exec(mail.textBody)![1];
		expect(mail.toAddress).toBe('neu@example.org');
		expect(await describeInvitation(env().ctx(tenant), token)).toMatchObject({ organisationName: 'Tafel Hafenstadt', role: 'editor' });

		expect(await acceptInvitation(env().ctx(tenant, someoneElse.actor), token)).toEqual({ ok: false, error: 'wrong_account' });
		expect(await acceptInvitation(env().ctx(tenant, invited.actor), token)).toEqual({ ok: true, value: { organisationId } });
		expect(await acceptInvitation(env().ctx(tenant, invited.actor), token)).toEqual({ ok: false, error: 'invalid_token' });
		expect((await listOrganisationMembers(env().db, tenant.id, organisationId)).map((m) => [m.email, m.role])).toEqual([
			[owner.email, 'owner'],
			['neu@example.org', 'editor']
		]);
	});

	it('merging moves places, fields, people and fills gaps; the duplicate forwards', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const member = await env().account(tenant);
		const [sport, kultur] = await listCategories(env().db, tenant.id);
		const stays = await env().organisation(tenant, { name: 'TSV Hafenstadt', languages: ['de'] });
		const duplicate = await env().organisation(tenant, { name: 'Turn- und Sportverein Hafenstadt', website: 'https://tsv.example', languages: ['tr'] });
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: duplicate, name: 'Turnhalle' });
		await env()
			.db.insert(organisationCategories)
			.values([
				{ tenantId: tenant.id, organisationId: stays, categoryId: sport.id },
				{ tenantId: tenant.id, organisationId: duplicate, categoryId: sport.id },
				{ tenantId: tenant.id, organisationId: duplicate, categoryId: kultur.id }
			]);
		await env().member(tenant, { organisationId: duplicate, accountId: member.accountId, role: 'owner' });
		const ctx = env().ctx(tenant, coordinator.actor);

		expect(await mergeOrganisations(env().ctx(tenant, member.actor), { sourceId: duplicate, targetId: stays })).toEqual({ ok: false, error: 'forbidden' });
		expect(await mergeOrganisations(ctx, { sourceId: stays, targetId: stays })).toMatchObject({ fields: { targetId: 'error.merge_same' } });
		expect(await mergeOrganisations(ctx, { sourceId: duplicate, targetId: stays })).toEqual({ ok: true, value: { targetId: stays } });

		const kept = await findOrganisation(env().db, tenant.id, stays);
		expect(kept).toMatchObject({ website: 'https://tsv.example', languages: ['de', 'tr'] });
		expect(await findOrganisation(env().db, tenant.id, duplicate)).toMatchObject({ status: 'merged', mergedIntoId: stays });
		const movedPlaces = await env().db.select().from(places).where(eq(places.organisationId, stays));
		expect(movedPlaces.map((p) => p.name)).toEqual(['Turnhalle']);
		const page = await searchOrganisations(env().db, tenant.id, {});
		expect(page.items.map((r) => [r.name, r.categorySlugs.length, r.placeCount])).toEqual([['TSV Hafenstadt', 2, 1]]);
		expect((await loadActor(env().db, tenant.id, member.accountId)).memberships).toEqual([{ organisationId: stays, role: 'owner' }]);
		expect(await mergeOrganisations(ctx, { sourceId: duplicate, targetId: stays })).toEqual({ ok: false, error: 'not_found' });
	});

	it('coordinators add, rename and delete fields of activity', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const resident = await env().account(tenant);
		const ctx = env().ctx(tenant, coordinator.actor);
		expect(await createCategory(env().ctx(tenant, resident.actor), { nameDe: 'Digitales', nameEn: 'Digital' })).toEqual({ ok: false, error: 'forbidden' });
		// Renaming keeps the slug: a new "Sport" gets the next one.
		const seeded = (await listCategories(env().db, tenant.id)).find((c) => c.slug === 'sport')!;
		expect(await updateCategory(ctx, { id: seeded.id, nameDe: 'Bewegung', nameEn: 'Exercise' })).toEqual({ ok: true, value: null });
		const created = await createCategory(ctx, { nameDe: 'Sport', nameEn: 'Sport', position: '20' });
		expect(created.ok).toBe(true);
		const categories = await listCategories(env().db, tenant.id);
		const added = categories.find((c) => c.id === (created.ok ? created.value.id : ''));
		expect(added?.slug).toBe('sport-2');
		expect((await updateCategory(ctx, { id: added!.id, nameDe: 'Vereinssport', nameEn: 'Club sport', position: '1' })).ok).toBe(true);
		expect(await updateCategory(ctx, { id: added!.id, nameDe: '', nameEn: 'x' })).toMatchObject({ fields: { nameDe: 'error.required' } });
		const organisationId = await env().organisation(tenant);
		await env().db.insert(organisationCategories).values({ tenantId: tenant.id, organisationId, categoryId: added!.id });
		expect(await deleteCategory(ctx, { id: added!.id })).toEqual({ ok: true, value: { detached: 1 } });
		expect((await searchOrganisations(env().db, tenant.id, {})).total).toBe(1);
	});

	it('reminds owners of profiles unconfirmed for a year, once, and lists them for coordinators', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const owner = await env().account(tenant);
		const old = new Date(Date.now() - 400 * 24 * 3600 * 1000);
		const staleId = await env().organisation(tenant, { name: 'Alter Verein', confirmedAt: old });
		await env().organisation(tenant, { name: 'Ohne Personen', confirmedAt: old, email: 'info@ohne.example' });
		await env().organisation(tenant, { name: 'Frischer Verein' });
		await env().member(tenant, { organisationId: staleId, accountId: owner.accountId, role: 'owner' });

		expect(await sendStaleReminders(env().db)).toBeGreaterThanOrEqual(2);
		const reminders = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'organisation_stale')));
		expect(reminders.map((m) => m.toAddress).sort()).toEqual(['info@ohne.example', owner.email].sort());
		expect(reminders.find((m) => m.toAddress === owner.email)?.textBody).toContain(`/netzwerk/organisationen/${staleId}/bearbeiten`);
		// The owner also finds it in Mein Bereich; both mails can be stopped with one click.
		expect(valueOf(await showNotifications(env().ctx(tenant, owner.actor))).items).toEqual([
			expect.objectContaining({ title: 'Bitte bestätigen Sie die Angaben von „Alter Verein“', link: `/netzwerk/organisationen/${staleId}/bearbeiten` })
		]);
		expect(reminders.every((m) => m.headers['List-Unsubscribe-Post'] === 'List-Unsubscribe=One-Click')).toBe(true);
		await sendStaleReminders(env().db);
		expect(
			(
				await env()
					.db.select()
					.from(mails)
					.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'organisation_stale')))
			).length
		).toBe(2);

		// Four weeks after the reminder the public directory marks it.
		await env()
			.db.update(organisations)
			.set({ staleReminderSentAt: new Date(Date.now() - 30 * 24 * 3600 * 1000) })
			.where(eq(organisations.id, staleId));
		const row = (await searchOrganisations(env().db, tenant.id, { q: 'Alter Verein' })).items[0];
		expect(row).toMatchObject({ name: 'Alter Verein', stale: true });
		expect(valueOf(await listStaleOrganisations(env().ctx(tenant, coordinator.actor))).map((o) => o.name)).toEqual(['Alter Verein', 'Ohne Personen']);
		expect(await listStaleOrganisations(env().ctx(tenant, owner.actor))).toEqual({ ok: false, error: 'forbidden' });
		// Every morning, once across all server processes.
		expect(periodicTasks()).toContainEqual({ name: 'directory.stale-reminders', schedule: 'daily 09:00' });
	});
});
