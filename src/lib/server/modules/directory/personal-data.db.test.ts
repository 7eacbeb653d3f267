import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases, PASSWORD, valueOf } from '$lib/server/testing/databases';
import { deleteAccount, exportMyData, loadActor } from '$lib/server/core/accounts';
import { moderationItems } from '$lib/server/core/moderation/schema';
import { decideModeration, listModeration } from '$lib/server/core/moderation';
import { organisationInvitations } from '../../core/organisations/schema';
import { findOrganisation } from '../../core/organisations/queries';
import { proposeOrganisation } from './profiles/propose-organisation';
import { inviteMember } from '../../core/organisations/invitations';

describeOnDatabases('personal data in the Vereinsregister', (env) => {
	async function proposal() {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const resident = await env().account(tenant);
		const proposed = await proposeOrganisation(env().ctx(tenant, resident.actor), { name: 'Bürgerbus Hafenstadt', kind: 'initiative' });
		if (!proposed.ok) throw new Error(proposed.error);
		const { organisationId } = proposed.value;
		const owner = env().ctx(tenant, await loadActor(env().db, tenant.id, resident.accountId));
		expect((await inviteMember(owner, { email: 'Fahrerin@Example.org', role: 'editor', organisationId })).ok).toBe(true);
		expect((await inviteMember(env().ctx(tenant, coordinator.actor), { email: resident.email, role: 'owner', organisationId })).ok).toBe(true);
		return { tenant, coordinator, resident, owner, organisationId };
	}

	it('exports what a person proposed and the invitations to and from them', async () => {
		const { owner, resident, organisationId } = await proposal();
		const exported = await exportMyData(owner);
		if (!exported.ok) throw new Error(exported.error);
		const data = exported.value as { directory: { proposedOrganisations: { id: string }[]; invitations: { email: string; sentByMe: boolean }[] }; moderation: { subjectId: string }[] };
		expect(data.directory.proposedOrganisations.map((o) => o.id)).toEqual([organisationId]);
		expect(data.directory.invitations.map((i) => `${i.email} ${i.sentByMe}`).sort()).toEqual(['fahrerin@example.org true', `${resident.email.toLowerCase()} false`].sort());
		expect(data.moderation.map((m) => m.subjectId)).toEqual([organisationId]);
	});

	it('forgets the person on deletion while the organisation, its queue entry and its invitations to others stay', async () => {
		const { tenant, coordinator, owner, organisationId } = await proposal();
		const staff = env().ctx(tenant, coordinator.actor);
		const item = valueOf(await listModeration(staff)).find((i) => i.subjectId === organisationId)!;
		expect((await decideModeration(staff, { itemId: item.id, decision: 'approved' })).ok).toBe(true);
		expect((await deleteAccount(owner, { currentPassword: PASSWORD, confirm: 'on' })).ok).toBe(true);

		const organisation = await findOrganisation(env().db, tenant.id, organisationId);
		expect(organisation).toMatchObject({ status: 'published', createdBy: null });
		const invitations = await env().db.select().from(organisationInvitations).where(eq(organisationInvitations.tenantId, tenant.id));
		expect(invitations.map((i) => [i.email, i.invitedBy])).toEqual([['fahrerin@example.org', null]]);
		const [entry] = await env()
			.db.select()
			.from(moderationItems)
			.where(and(eq(moderationItems.tenantId, tenant.id), eq(moderationItems.subjectId, organisationId)));
		expect(entry).toMatchObject({ status: 'approved', submittedBy: null, decidedBy: coordinator.accountId });
	});
});
