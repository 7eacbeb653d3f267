import { expect, it } from 'vitest';
import { describeOnDatabases, PASSWORD } from '$lib/server/testing/databases';
import { listAudit } from '../audit';
import { assignRole, createSession, listAccounts, loadActor, removeRole, setAccountDisabled, showAccount, signIn, validateSession } from '.';

describeOnDatabases('roles and account administration', (env) => {
	it('an admin assigns and removes a role, and the audit log records both with before and after', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const person = await env().account(tenant);
		const ctx = env().ctx(tenant, admin.actor);

		expect(await assignRole(ctx, { accountId: person.accountId, role: 'coordinator' })).toEqual({ ok: true, value: null });
		expect((await loadActor(env().db, tenant.id, person.accountId)).roles).toEqual(['coordinator']);
		// Assigning again changes nothing and logs nothing.
		await assignRole(ctx, { accountId: person.accountId, role: 'coordinator' });
		expect((await removeRole(ctx, { accountId: person.accountId, role: 'coordinator' })).ok).toBe(true);

		const log = await listAudit(env().db, tenant.id, { entityId: person.accountId });
		expect(log.items.map((r) => r.action)).toEqual(['role.removed', 'role.assigned']);
		expect(log.items[1]).toMatchObject({ actorId: admin.accountId, before: { roles: [] }, after: { roles: ['coordinator'] } });
		expect(log.items[0]).toMatchObject({ before: { roles: ['coordinator'] }, after: { roles: [] } });
		expect((await listAudit(env().db, tenant.id, { action: 'role.assigned' })).total).toBe(1);
	});

	it("an admin sees the organisations an account acts for, by name, with their pages and the account's role", async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const person = await env().account(tenant);
		const tafel = await env().organisation(tenant, { name: 'Tafel am Hafen' });
		const chor = await env().organisation(tenant, { name: 'Chor Deichklang' });
		await env().member(tenant, { organisationId: tafel, accountId: person.accountId, role: 'editor' });
		await env().member(tenant, { organisationId: chor, accountId: person.accountId, role: 'owner' });

		const shown = await showAccount(env().ctx(tenant, admin.actor), person.accountId);
		expect(shown.ok && shown.value.memberships).toEqual([
			{ organisationId: chor, name: 'Chor Deichklang', role: 'owner', href: `/netzwerk/organisationen/${chor}` },
			{ organisationId: tafel, name: 'Tafel am Hafen', role: 'editor', href: `/netzwerk/organisationen/${tafel}` }
		]);
		expect(await showAccount(env().ctx(tenant, person.actor), admin.accountId)).toEqual({ ok: false, error: 'forbidden' });
	});

	it('only admins manage roles, and not their own', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const coordinator = await env().account(tenant, ['coordinator']);
		const person = await env().account(tenant);
		for (const actor of [coordinator.actor, person.actor]) {
			expect(await assignRole(env().ctx(tenant, actor), { accountId: person.accountId, role: 'admin' })).toEqual({ ok: false, error: 'forbidden' });
		}
		expect(await removeRole(env().ctx(tenant, admin.actor), { accountId: admin.accountId, role: 'admin' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await assignRole(env().ctx(tenant, admin.actor), { accountId: person.accountId, role: 'kaiser' })).toMatchObject({ ok: false, error: 'invalid' });
		expect(await assignRole(env().ctx(tenant, admin.actor), { accountId: '00000000-0000-4000-8000-000000000000', role: 'partner' })).toEqual({
			ok: false,
			error: 'not_found'
		});
	});

	it('disabling an account ends its sessions and stops sign-in until enabled again', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const person = await env().account(tenant);
		const session = await createSession(env().db, tenant.id, person.accountId);
		const ctx = env().ctx(tenant, admin.actor);

		expect((await setAccountDisabled(ctx, { accountId: person.accountId, disabled: true })).ok).toBe(true);
		expect(await validateSession(env().db, tenant.id, session.token)).toBeNull();
		expect(await signIn(ctx, { email: person.email, password: PASSWORD })).toEqual({ ok: false, error: 'disabled' });
		expect((await setAccountDisabled(ctx, { accountId: person.accountId, disabled: false })).ok).toBe(true);
		expect((await signIn(ctx, { email: person.email, password: PASSWORD })).ok).toBe(true);
		expect((await listAudit(env().db, tenant.id, { entityId: person.accountId })).items.map((r) => r.action)).toEqual(['account.enabled', 'account.disabled']);
		expect(await setAccountDisabled(env().ctx(tenant, person.actor), { accountId: admin.accountId, disabled: true })).toEqual({ ok: false, error: 'forbidden' });
	});

	it('lists accounts with roles, searchable and filterable', async () => {
		const tenant = await env().tenant();
		await env().account(tenant, ['admin'], 'chefin@example.org');
		await env().account(tenant, ['partner', 'coordinator'], 'museum@example.org');
		await env().account(tenant, [], 'lea_100%@example.org');
		const all = await listAccounts(env().db, tenant.id);
		expect(all.total).toBe(3);
		expect(all.items.find((r) => r.email === 'museum@example.org')?.roles).toEqual(['coordinator', 'partner']);
		expect((await listAccounts(env().db, tenant.id, { role: 'partner' })).items.map((r) => r.email)).toEqual(['museum@example.org']);
		expect((await listAccounts(env().db, tenant.id, { q: 'MUSE' })).total).toBe(1);
		// Wildcards typed into the search are taken literally.
		expect((await listAccounts(env().db, tenant.id, { q: '100%' })).items.map((r) => r.email)).toEqual(['lea_100%@example.org']);
		expect((await listAccounts(env().db, tenant.id, { q: '%' })).total).toBe(1);
	});
});
