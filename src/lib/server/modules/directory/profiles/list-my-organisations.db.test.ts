import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { places } from '../schema';
import { listMyOrganisations } from './list-my-organisations';

describeOnDatabases('Meine Organisationen', (env) => {
	it('lists what the person acts for or proposed, with status, role and places, and nothing of anybody else', async () => {
		const tenant = await env().tenant();
		const person = await env().account(tenant);
		const other = await env().account(tenant);

		const published = await env().organisation(tenant, { name: 'Ruderclub Hafen' });
		await env().member(tenant, { organisationId: published, accountId: person.accountId, role: 'owner' });
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: published, name: 'Bootshaus', lat: 54, lng: 9 });
		const waiting = await env().organisation(tenant, { name: 'Apfelinitiative', status: 'proposed' });
		await env().member(tenant, { organisationId: waiting, accountId: person.accountId, role: 'editor' });
		// Proposed by her, then she left it: she still sees where it stands.
		const returned = await env().organisation(tenant, { name: 'Zeltlager e. V.', status: 'changes_requested', createdBy: person.accountId });
		const archived = await env().organisation(tenant, { name: 'Baumschule', status: 'archived' });
		await env().member(tenant, { organisationId: archived, accountId: person.accountId, role: 'owner' });
		const merged = await env().organisation(tenant, { name: 'Ruderclub (alt)', status: 'merged' });
		await env().member(tenant, { organisationId: merged, accountId: person.accountId, role: 'owner' });
		const foreign = await env().organisation(tenant, { name: 'Anderer Verein' });
		await env().member(tenant, { organisationId: foreign, accountId: other.accountId, role: 'owner' });

		const mine = await listMyOrganisations(env().ctx(tenant, person.actor));
		expect(mine).toEqual({
			ok: true,
			value: [
				{ id: waiting, name: 'Apfelinitiative', status: 'proposed', role: 'editor', places: 0 },
				{ id: archived, name: 'Baumschule', status: 'archived', role: 'owner', places: 0 },
				{ id: published, name: 'Ruderclub Hafen', status: 'published', role: 'owner', places: 1 },
				{ id: returned, name: 'Zeltlager e. V.', status: 'changes_requested', role: null, places: 0 }
			]
		});

		const theirs = await listMyOrganisations(env().ctx(tenant, other.actor));
		expect(theirs.ok && theirs.value.map((o) => o.id)).toEqual([foreign]);
	});

	it('shows nothing to a visitor or to the same person in another municipality', async () => {
		const tenant = await env().tenant();
		const person = await env().account(tenant);
		const organisationId = await env().organisation(tenant);
		await env().member(tenant, { organisationId, accountId: person.accountId, role: 'owner' });
		expect(await listMyOrganisations(env().ctx(tenant))).toEqual({ ok: false, error: 'forbidden' });

		const elsewhere = await env().tenant();
		const there = await env().account(elsewhere);
		expect(await listMyOrganisations(env().ctx(elsewhere, there.actor))).toEqual({ ok: true, value: [] });
	});
});
