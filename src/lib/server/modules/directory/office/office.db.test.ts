import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { loadActor } from '$lib/server/core/accounts';
import { mails } from '$lib/server/core/mail/schema';
import { decideModeration, listModeration } from '$lib/server/core/moderation';
import { showNotifications } from '$lib/server/core/notifications';
import { proposeOrganisation, updateOrganisation } from '..';

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
});
