import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { assignRole } from '../accounts';
import { recordAudit } from '.';
import { showAuditLog } from './show-audit-log';
import { updateTenantSettings } from '../tenants/update-tenant-settings';

describeOnDatabases('the audit log in words', (env) => {
	it('names who acted, what was acted on with its page, and lists the changed fields with labels', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin'], 'chefin@example.org');
		const person = await env().account(tenant, [], 'karl@example.org');
		const ctx = env().ctx(tenant, admin.actor);
		expect((await assignRole(ctx, { accountId: person.accountId, role: 'coordinator' })).ok).toBe(true);
		// An entry about something deleted since, and one mentioning an account by its id.
		await recordAudit(env().db, admin.actor, {
			action: 'membership.set',
			entityType: 'organisation',
			entityId: '00000000-0000-4000-8000-000000000001',
			after: { accountId: person.accountId, role: 'editor' }
		});

		const shown = await showAuditLog(ctx, {});
		expect(shown.ok).toBe(true);
		if (!shown.ok) return;
		const [membership, role] = shown.value.log.items;

		expect(role).toMatchObject({
			action: 'role.assigned',
			sentence: 'audit.sentence.role.assigned',
			actorName: 'Test Person',
			subject: { title: { text: expect.stringContaining('karl@example.org') }, href: `/admin/konten/${person.accountId}` },
			changes: [{ field: { key: 'audit.field.roles' }, before: [], after: [{ key: 'role.coordinator' }] }]
		});
		expect(membership).toMatchObject({
			sentence: 'audit.sentence.membership.set',
			subject: { title: { key: 'audit.value.gone' } },
			// The person mentioned by her id is named: no raw id is shown.
			changes: expect.arrayContaining([
				{ field: { key: 'audit.field.accountId' }, before: [], after: [{ text: 'Test Person' }] },
				{ field: { key: 'audit.field.role' }, before: [], after: [{ key: 'role.editor' }] }
			])
		});
		expect(membership.changes).toHaveLength(2);
	});

	it('shows only the fields that changed, and names the municipality', async () => {
		const tenant = await env().tenant();
		const admin = await env().account(tenant, ['admin']);
		const ctx = env().ctx(tenant, admin.actor);
		const settings = {
			name: 'Hafenstadt',
			officeName: 'Team Engagement',
			officeCity: 'Hafenstadt',
			officeEmail: 'engagement@hafenstadt.example',
			colorPrimary: '#1d4f91',
			colorSecondary: '#f2c230',
			defaultLocale: 'de' as const
		};
		expect((await updateTenantSettings(ctx, settings)).ok).toBe(true);
		expect((await updateTenantSettings({ ...ctx, tenant: { ...ctx.tenant, ...settings } }, { ...settings, officeCity: 'Neustadt am Deich' })).ok).toBe(true);
		const shown = await showAuditLog(ctx, { action: 'tenant.updated' });
		if (!shown.ok) throw new Error(shown.error);
		expect(shown.value.log.items[0]).toMatchObject({
			sentence: 'audit.sentence.tenant.updated',
			subject: { title: { text: 'Hafenstadt' }, href: '/admin/gemeinde' },
			changes: [{ field: { key: 'audit.field.officeCity' }, before: [{ text: 'Hafenstadt' }], after: [{ text: 'Neustadt am Deich' }] }]
		});
		expect(shown.value.log.items[0].changes).toHaveLength(1);
	});

	it('is for admins only', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		expect(await showAuditLog(env().ctx(tenant, coordinator.actor), {})).toEqual({ ok: false, error: 'forbidden' });
	});
});
