import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { loadActor, removeOrganisationMember, setOrganisationMember } from '.';

describeOnDatabases('organisation memberships', (env) => {
	it('the creator becomes owner, owners add editors, editors cannot manage members', async () => {
		const tenant = await env().tenant();
		const owner = await env().account(tenant);
		const editor = await env().account(tenant);
		const stranger = await env().account(tenant);
		const organisationId = await env().organisation(tenant);

		expect((await setOrganisationMember(env().ctx(tenant, owner.actor), { organisationId, accountId: owner.accountId, role: 'owner' }, { asCreator: true })).ok).toBe(true);
		// Nobody makes someone else owner by claiming to be the creator.
		expect(await setOrganisationMember(env().ctx(tenant, stranger.actor), { organisationId, accountId: editor.accountId, role: 'owner' }, { asCreator: true })).toEqual({
			ok: false,
			error: 'forbidden'
		});

		const ownerActor = await loadActor(env().db, tenant.id, owner.accountId);
		expect((await setOrganisationMember(env().ctx(tenant, ownerActor), { organisationId, accountId: editor.accountId, role: 'editor' })).ok).toBe(true);
		const editorActor = await loadActor(env().db, tenant.id, editor.accountId);
		expect(editorActor.memberships).toEqual([{ organisationId, role: 'editor' }]);
		expect(await setOrganisationMember(env().ctx(tenant, editorActor), { organisationId, accountId: stranger.accountId, role: 'editor' })).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(await removeOrganisationMember(env().ctx(tenant, editorActor), { organisationId, accountId: owner.accountId })).toEqual({ ok: false, error: 'forbidden' });
		// Anyone may leave.
		expect((await removeOrganisationMember(env().ctx(tenant, editorActor), { organisationId, accountId: editor.accountId })).ok).toBe(true);
	});

	it('an organisation never loses its last owner', async () => {
		const tenant = await env().tenant();
		const owner = await env().account(tenant);
		const second = await env().account(tenant);
		const organisationId = await env().organisation(tenant);
		await setOrganisationMember(env().ctx(tenant, owner.actor), { organisationId, accountId: owner.accountId, role: 'owner' }, { asCreator: true });
		const ownerActor = await loadActor(env().db, tenant.id, owner.accountId);
		const ctx = env().ctx(tenant, ownerActor);
		expect(await removeOrganisationMember(ctx, { organisationId, accountId: owner.accountId })).toEqual({ ok: false, error: 'last_owner' });
		expect(await setOrganisationMember(ctx, { organisationId, accountId: owner.accountId, role: 'editor' })).toEqual({ ok: false, error: 'last_owner' });
		// Handing over: make the second person owner, then step down.
		expect((await setOrganisationMember(ctx, { organisationId, accountId: second.accountId, role: 'owner' })).ok).toBe(true);
		expect((await setOrganisationMember(ctx, { organisationId, accountId: owner.accountId, role: 'editor' })).ok).toBe(true);
	});

	it('coordinators manage any organisation’s members', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const person = await env().account(tenant);
		const organisationId = await env().organisation(tenant);
		expect((await setOrganisationMember(env().ctx(tenant, coordinator.actor), { organisationId, accountId: person.accountId, role: 'owner' })).ok).toBe(true);
	});
});
