import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import type { Actor } from '$lib/server/core/permissions';
import { districts, organisationCategories, places } from '../schema';
import { listCategories } from '../search/queries';
import { loadOrganisationDetails } from './organisation-details';
import { testSquare } from '$lib/server/testing/geometry';

const member = (tenantId: string, organisationId: string, role: 'owner' | 'editor' = 'editor'): Actor => ({
	tenantId,
	accountId: '00000000-0000-4000-8000-000000000001',
	roles: [],
	memberships: [{ organisationId, role }]
});

describeOnDatabases('organisation details', (env) => {
	it('shows a published profile to everyone, with places, districts and rendered Markdown', async () => {
		const tenant = await env().tenant();
		const [sport] = await listCategories(env().db, tenant.id);
		const id = await env().organisation(tenant, {
			name: 'Turn- und Sportverein Hafenstadt',
			description: 'Wir **turnen**. <script>alert(1)</script>',
			networkMember: true,
			networkDeclaredAt: '2021-06-15',
			verified: true,
			foundingYear: 1892,
			website: 'javascript:alert(1)',
			socialLinks: [
				{ label: 'Mastodon', url: 'https://social.example/@tsv' },
				{ label: 'Böse', url: 'javascript:alert(1)' }
			]
		});
		await env().db.insert(organisationCategories).values({ tenantId: tenant.id, organisationId: id, categoryId: sport.id });
		const [hafen] = await env().db.insert(districts).values({ tenantId: tenant.id, slug: 'hafen', name: 'Hafen', geometry: testSquare }).returning();
		await env()
			.db.insert(places)
			.values([
				{ tenantId: tenant.id, organisationId: id, name: 'Sportplatz', lat: 54.05, lng: 9.05, districtId: hafen.id, openingHours: 'Mo 18 Uhr' },
				{ tenantId: tenant.id, organisationId: id, name: 'Turnhalle' }
			]);

		const result = await loadOrganisationDetails(env().ctx(tenant), id);
		expect(result.ok).toBe(true);
		if (!result.ok || result.value.kind !== 'profile') throw new Error('no profile');
		const org = result.value.organisation;
		expect(org).toMatchObject({ name: 'Turn- und Sportverein Hafenstadt', networkMember: true, networkDeclaredAt: '2021-06-15', verified: true, foundingYear: 1892, stale: false, canEdit: false });
		expect(org.categories).toEqual([{ slug: 'sport', name: 'Sport' }]);
		expect(org.descriptionHtml).toContain('<strong>turnen</strong>');
		expect(org.descriptionHtml).not.toContain('<script>');
		expect(org.places.map((p) => [p.name, p.district, p.located])).toEqual([
			['Sportplatz', 'Hafen', true],
			['Turnhalle', null, false]
		]);
		expect(org.lastUpdated).toBeInstanceOf(Date);
		// Only web addresses become links.
		expect(org.website).toBe('');
		expect(org.socialLinks).toEqual([{ label: 'Mastodon', url: 'https://social.example/@tsv' }]);
	});

	it('shows the contact person only with consent', async () => {
		const tenant = await env().tenant();
		const contact = { contactName: 'Karin Lorenzen', contactEmail: 'karin@example.org', contactPhone: '0461 1234' };
		const secret = await env().organisation(tenant, { ...contact, contactPublic: false });
		const open = await env().organisation(tenant, { ...contact, contactPublic: true });
		const profile = async (id: string) => {
			const r = await loadOrganisationDetails(env().ctx(tenant), id);
			if (!r.ok || r.value.kind !== 'profile') throw new Error('no profile');
			return r.value.organisation;
		};
		expect((await profile(secret)).contact).toBeNull();
		expect(JSON.stringify(await profile(secret))).not.toContain('Karin');
		expect((await profile(open)).contact).toEqual({ name: 'Karin Lorenzen', email: 'karin@example.org', phone: '0461 1234' });
	});

	it('hides unpublished profiles from everyone but their members and coordinators', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const resident = await env().account(tenant);
		for (const status of ['proposed', 'changes_requested', 'rejected', 'archived'] as const) {
			const id = await env().organisation(tenant, { status });
			const other = await env().organisation(tenant);
			expect(await loadOrganisationDetails(env().ctx(tenant), id)).toEqual({ ok: false, error: 'not_found' });
			expect(await loadOrganisationDetails(env().ctx(tenant, resident.actor), id)).toEqual({ ok: false, error: 'not_found' });
			// A member of another organisation is a stranger here.
			expect(await loadOrganisationDetails(env().ctx(tenant, member(tenant.id, other)), id)).toEqual({ ok: false, error: 'not_found' });
			for (const actor of [coordinator.actor, member(tenant.id, id)]) {
				const seen = await loadOrganisationDetails(env().ctx(tenant, actor), id);
				expect(seen.ok && seen.value.kind === 'profile' && seen.value.organisation).toMatchObject({ status, canEdit: true });
			}
		}
	});

	it('tells members they may edit, and nobody else', async () => {
		const tenant = await env().tenant();
		const id = await env().organisation(tenant);
		const resident = await env().account(tenant);
		const canEdit = async (actor?: Actor) => {
			const r = await loadOrganisationDetails(env().ctx(tenant, actor), id);
			return r.ok && r.value.kind === 'profile' && r.value.organisation.canEdit;
		};
		expect(await canEdit()).toBe(false);
		expect(await canEdit(resident.actor)).toBe(false);
		expect(await canEdit(member(tenant.id, id, 'editor'))).toBe(true);
		expect(await canEdit((await env().account(tenant, ['admin'])).actor)).toBe(true);
	});

	it('points a merged organisation to the one it became part of', async () => {
		const tenant = await env().tenant();
		const target = await env().organisation(tenant);
		const merged = await env().organisation(tenant, { status: 'merged', mergedIntoId: target });
		expect(await loadOrganisationDetails(env().ctx(tenant), merged)).toEqual({ ok: true, value: { kind: 'merged', mergedIntoId: target } });
	});

	it('knows nothing of another town, or of ids that are not ids', async () => {
		const tenant = await env().tenant();
		const elsewhere = await env().tenant();
		const id = await env().organisation(elsewhere);
		const coordinator = await env().account(tenant, ['coordinator']);
		expect(await loadOrganisationDetails(env().ctx(tenant, coordinator.actor), id)).toEqual({ ok: false, error: 'not_found' });
		expect(await loadOrganisationDetails(env().ctx(tenant), 'nicht-da')).toEqual({ ok: false, error: 'not_found' });
	});

	it('marks a profile that was not confirmed for a year despite a reminder', async () => {
		const tenant = await env().tenant();
		const day = 24 * 3600 * 1000;
		const id = await env().organisation(tenant, { confirmedAt: new Date(Date.now() - 400 * day), updatedAt: new Date(Date.now() - 400 * day), staleReminderSentAt: new Date(Date.now() - 35 * day) });
		const r = await loadOrganisationDetails(env().ctx(tenant), id);
		expect(r.ok && r.value.kind === 'profile' && r.value.organisation.stale).toBe(true);
	});
});
