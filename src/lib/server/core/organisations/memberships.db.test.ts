import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { loadActor } from '../accounts';
import { removeOrganisationMember, setOrganisationMember } from '.';

describeOnDatabases('organisation memberships', (env) => {
	it('the creator becomes owner, owners change roles of members, editors cannot manage members', async () => {
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
		// People join only by accepting an invitation: an owner cannot add an account by its id.
		expect(await setOrganisationMember(env().ctx(tenant, ownerActor), { organisationId, accountId: editor.accountId, role: 'editor' })).toEqual({ ok: false, error: 'not_found' });
		expect(await setOrganisationMember(env().ctx(tenant, editor.actor), { organisationId, accountId: editor.accountId, role: 'editor' }, { invited: true })).toEqual({ ok: true, value: null });
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
		// Handing over: the second person, an editor, becomes owner; then the first steps down.
		await env().member(tenant, { organisationId, accountId: second.accountId, role: 'editor' });
		expect((await setOrganisationMember(ctx, { organisationId, accountId: second.accountId, role: 'owner' })).ok).toBe(true);
		expect((await setOrganisationMember(ctx, { organisationId, accountId: owner.accountId, role: 'editor' })).ok).toBe(true);
	});

	it('coordinators change the roles of any organisation’s members, but add nobody', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const person = await env().account(tenant);
		const outsider = await env().account(tenant);
		const organisationId = await env().organisation(tenant);
		await env().member(tenant, { organisationId, accountId: person.accountId, role: 'editor' });
		const ctx = env().ctx(tenant, coordinator.actor);
		expect((await setOrganisationMember(ctx, { organisationId, accountId: person.accountId, role: 'owner' })).ok).toBe(true);
		expect(await setOrganisationMember(ctx, { organisationId, accountId: outsider.accountId, role: 'editor' })).toEqual({ ok: false, error: 'not_found' });
		expect((await loadActor(env().db, tenant.id, outsider.accountId)).memberships).toEqual([]);
	});
});
