import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { showAccount, showAccounts, showOwnProfile } from '../core/accounts';
import { showAuditLog } from '../core/audit/show-audit-log';
import { showMail, showOutbox } from '../core/mail/show-outbox';
import { listAccessibilityFeedback, submitAccessibilityFeedback } from '../core/legal';
import { listModeration } from '../core/moderation';
import { anonymous } from '../core/permissions';
import type { Ctx } from '../core/context';
import { queueMail } from '../core/mail';
import { compareOrganisations, findMergeCandidates, listStaleOrganisations, showOfficeDashboard, showOrganisationPeople } from '$lib/server/modules/directory';

const forbidden = { ok: false, error: 'forbidden' };

describeOnDatabases('non-public reads', (env) => {
	it('only the own municipality’s admins read accounts, the audit log and the outbox; its office reads feedback too', async () => {
		const town = await env().tenant();
		const other = await env().tenant();
		const admin = await env().account(town, ['admin']);
		const coordinator = await env().account(town, ['coordinator']);
		const resident = await env().account(town);
		const otherAdmin = await env().account(other, ['admin']);
		const mailId = await queueMail(env().db, town.id, { to: resident.email, template: 'reset_password', locale: 'de', params: { name: 'R', tenant: 'T', link: 'https://x' } });
		await submitAccessibilityFeedback(env().ctx(town), { pageUrl: '/anmelden', message: 'Kontrast zu schwach' });

		const reads: Record<string, (ctx: Ctx) => Promise<{ ok: boolean }>> = {
			accounts: (ctx) => showAccounts(ctx, {}),
			account: (ctx) => showAccount(ctx, resident.accountId),
			audit: (ctx) => showAuditLog(ctx, {}),
			outbox: (ctx) => showOutbox(ctx, {}),
			mail: (ctx) => showMail(ctx, mailId)
		};

		for (const [name, read] of Object.entries(reads)) {
			expect((await read(env().ctx(town, admin.actor))).ok, `${name} for the admin`).toBe(true);
			for (const [who, ctx] of [
				['visitor', env().ctx(town, anonymous(town.id))],
				['resident', env().ctx(town, resident.actor)],
				['coordinator', env().ctx(town, coordinator.actor)],
				['admin of another town', env().ctx(town, otherAdmin.actor)]
			] as const) {
				expect(await read(ctx), `${name} for the ${who}`).toEqual(forbidden);
			}
		}
		// Accessibility feedback is answered by the office too: admins and coordinators of the town read it.
		for (const ctx of [env().ctx(town, admin.actor), env().ctx(town, coordinator.actor)]) expect((await listAccessibilityFeedback(ctx)).ok).toBe(true);
		for (const ctx of [env().ctx(town, anonymous(town.id)), env().ctx(town, resident.actor), env().ctx(town, otherAdmin.actor)]) expect(await listAccessibilityFeedback(ctx)).toEqual(forbidden);
		const shown = await showAccounts(env().ctx(town, admin.actor), {});
		expect(shown.ok && shown.value.items.map((r) => r.email).sort()).toEqual([admin.email, coordinator.email, resident.email].sort());
		// Another town's ids are unknown here.
		expect(await showAccount(env().ctx(other, otherAdmin.actor), resident.accountId)).toEqual({ ok: false, error: 'not_found' });
		expect(await showMail(env().ctx(other, otherAdmin.actor), mailId)).toEqual({ ok: false, error: 'not_found' });
	});

	it('moderation and stale lists, the dashboard and merging are the coordination office’s, Mein Konto the person’s own', async () => {
		const town = await env().tenant();
		const coordinator = await env().account(town, ['coordinator']);
		const resident = await env().account(town);
		const [a, b] = [await env().organisation(town, { name: 'Chor A' }), await env().organisation(town, { name: 'Chor B' })];
		for (const ctx of [env().ctx(town), env().ctx(town, resident.actor)]) {
			expect(await listModeration(ctx)).toEqual(forbidden);
			expect(await listStaleOrganisations(ctx)).toEqual(forbidden);
			expect(await showOfficeDashboard(ctx)).toEqual(forbidden);
			expect(await findMergeCandidates(ctx, { q: 'Chor' })).toEqual(forbidden);
			expect(await compareOrganisations(ctx, { sourceId: a, targetId: b })).toEqual(forbidden);
		}
		expect((await listModeration(env().ctx(town, coordinator.actor))).ok).toBe(true);
		expect((await showOfficeDashboard(env().ctx(town, coordinator.actor))).ok).toBe(true);
		expect((await compareOrganisations(env().ctx(town, coordinator.actor), { sourceId: a, targetId: b })).ok).toBe(true);
		expect(await showOwnProfile(env().ctx(town))).toEqual(forbidden);
		expect(await showOwnProfile(env().ctx(town, resident.actor))).toEqual({ ok: true, value: { displayName: 'Test Person', email: resident.email, locale: 'de' } });
	});

	it('an organisation’s people are seen by its members and staff, not by editors of another one', async () => {
		const town = await env().tenant();
		const other = await env().tenant();
		const coordinator = await env().account(town, ['coordinator']);
		const owner = await env().account(town);
		const strangerEditor = await env().account(town);
		const otherAdmin = await env().account(other, ['admin']);
		const club = await env().organisation(town);
		const otherClub = await env().organisation(town);
		await env().member(town, { organisationId: club, accountId: owner.accountId, role: 'owner' });
		await env().member(town, { organisationId: otherClub, accountId: strangerEditor.accountId, role: 'editor' });
		const { loadActor } = await import('../core/accounts');
		const ownerActor = await loadActor(env().db, town.id, owner.accountId);
		const strangerActor = await loadActor(env().db, town.id, strangerEditor.accountId);

		const seen = await showOrganisationPeople(env().ctx(town, ownerActor), { organisationId: club });
		expect(seen.ok && seen.value.members.map((m) => m.email)).toEqual([owner.email]);
		expect((await showOrganisationPeople(env().ctx(town, coordinator.actor), { organisationId: club })).ok).toBe(true);
		expect(await showOrganisationPeople(env().ctx(town, strangerActor), { organisationId: club })).toEqual(forbidden);
		expect(await showOrganisationPeople(env().ctx(town), { organisationId: club })).toEqual(forbidden);
		expect(await showOrganisationPeople(env().ctx(town, otherAdmin.actor), { organisationId: club })).toEqual(forbidden);
		expect(await showOrganisationPeople(env().ctx(other, otherAdmin.actor), { organisationId: club })).toEqual({ ok: false, error: 'not_found' });
	});
});
