import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { loadActor } from '$lib/server/core/accounts';
import { decideModeration, listModeration } from '$lib/server/core/moderation';
import { mails } from '$lib/server/core/mail/schema';
import { listAudit } from '$lib/server/core/audit';
import type { Tenant } from '$lib/server/core/tenants';
import { listCategories, organisationCategoryIds, proposeOrganisation, searchOrganisations, setOrganisationArchived, updateOrganisation, confirmOrganisationCurrent, mergeOrganisations } from '..';
import { findOrganisation } from '../../../core/organisations';

const profile = { name: 'Turn- und Sportverein Hafenstadt', kind: 'club', description: 'Fußball und Turnen für alle.', postcode: '24999', city: 'Hafenstadt' };

describeOnDatabases('organisations', (env) => {
	async function proposed(tenant: Tenant, values: Record<string, unknown> = profile) {
		const resident = await env().account(tenant);
		const result = await proposeOrganisation(env().ctx(tenant, resident.actor), values);
		if (!result.ok) throw new Error(JSON.stringify(result));
		return { resident, organisationId: result.value.organisationId };
	}

	it('a resident proposes, a coordinator approves, the proposer is told and owns it', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const [sport] = await listCategories(env().db, tenant.id);
		const { resident, organisationId } = await proposed(tenant, { ...profile, categoryIds: [sport.id] });

		expect((await findOrganisation(env().db, tenant.id, organisationId))?.status).toBe('proposed');
		expect((await searchOrganisations(env().db, tenant.id, {})).total).toBe(0);
		expect((await loadActor(env().db, tenant.id, resident.accountId)).memberships).toEqual([{ organisationId, role: 'owner' }]);
		expect(await organisationCategoryIds(env().db, tenant.id, organisationId)).toEqual([sport.id]);

		const queue = valueOf(await listModeration(env().ctx(tenant, coordinator.actor)));
		expect(queue?.map((i) => i.subject?.title)).toEqual([profile.name]);
		expect(await listModeration(env().ctx(tenant, resident.actor))).toEqual({ ok: false, error: 'forbidden' });
		expect(await decideModeration(env().ctx(tenant, resident.actor), { itemId: queue![0].id, decision: 'approved' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await decideModeration(env().ctx(tenant, coordinator.actor), { itemId: queue![0].id, decision: 'approved' })).toEqual({ ok: true, value: null });
		expect(await decideModeration(env().ctx(tenant, coordinator.actor), { itemId: queue![0].id, decision: 'rejected', reason: 'doch nicht' })).toEqual({
			ok: false,
			error: 'already_decided'
		});

		expect((await findOrganisation(env().db, tenant.id, organisationId))?.status).toBe('published');
		expect((await searchOrganisations(env().db, tenant.id, {})).items.map((r) => r.name)).toEqual([profile.name]);
		const [mail] = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'moderation_approved')));
		expect(mail.toAddress).toBe(resident.email);
		expect(mail.textBody).toContain(`/netzwerk/organisationen/${organisationId}`);
		expect((await listAudit(env().db, tenant.id, { action: 'moderation.approved' })).items[0]).toMatchObject({ actorId: coordinator.accountId, entityId: organisationId });
	});

	it('a proposal merged into another organisation or archived leaves the queue, so no approval can publish it again', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const ctx = env().ctx(tenant, coordinator.actor);
		const stays = await env().organisation(tenant, { name: 'TSV Hafenstadt' });
		const { organisationId: duplicate } = await proposed(tenant);
		const { resident, organisationId: archived } = await proposed(tenant, { ...profile, name: 'Kegelclub Hafenstadt' });
		expect(
			valueOf(await listModeration(ctx))
				.map((i) => i.subjectId)
				.sort()
		).toEqual([duplicate, archived].sort());

		expect((await mergeOrganisations(ctx, { sourceId: duplicate, targetId: stays })).ok).toBe(true);
		const owner = env().ctx(tenant, await loadActor(env().db, tenant.id, resident.accountId));
		expect((await setOrganisationArchived(owner, { organisationId: archived, archived: true })).ok).toBe(true);
		expect(valueOf(await listModeration(ctx))).toEqual([]);
		expect((await findOrganisation(env().db, tenant.id, duplicate))?.status).toBe('merged');
		expect((await findOrganisation(env().db, tenant.id, archived))?.status).toBe('archived');
	});

	it("a coordinator's mistyped network date is a field error, not a failure", async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const ctx = env().ctx(tenant, coordinator.actor);
		const typo = { ...profile, networkMember: 'on', networkDeclaredAt: '31.12.2020' };
		expect(await proposeOrganisation(ctx, typo)).toEqual({ ok: false, error: 'invalid', fields: { networkDeclaredAt: 'error.date' } });
		const id = await env().organisation(tenant, { name: profile.name });
		expect(await updateOrganisation(ctx, { ...typo, organisationId: id })).toEqual({ ok: false, error: 'invalid', fields: { networkDeclaredAt: 'error.date' } });
		// Residents cannot set these fields: what they send for them is ignored, as before.
		const resident = await env().account(tenant);
		expect((await proposeOrganisation(env().ctx(tenant, resident.actor), typo)).ok).toBe(true);
	});

	it('a rejection needs a reason; asked-for changes send the proposal back to the queue when saved', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const { resident, organisationId } = await proposed(tenant);
		const ctx = env().ctx(tenant, coordinator.actor);
		const [item] = valueOf(await listModeration(ctx));
		expect(await decideModeration(ctx, { itemId: item.id, decision: 'rejected' })).toMatchObject({ ok: false, fields: { reason: 'error.reason_required' } });
		expect((await decideModeration(ctx, { itemId: item.id, decision: 'changes_requested', reason: 'Bitte eine Kontaktadresse angeben.' })).ok).toBe(true);
		const [mail] = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'moderation_changes_requested')));
		expect(mail.textBody).toContain('Bitte eine Kontaktadresse angeben.');
		expect(mail.textBody).toContain(`/netzwerk/organisationen/${organisationId}/bearbeiten`);

		const owner = env().ctx(tenant, await loadActor(env().db, tenant.id, resident.accountId));
		expect(await updateOrganisation(owner, { ...profile, email: 'info@tsv.example', organisationId })).toEqual({ ok: true, value: { resubmitted: true } });
		expect((await findOrganisation(env().db, tenant.id, organisationId))?.status).toBe('proposed');
		expect(valueOf(await listModeration(ctx)).map((i) => i.subjectId)).toEqual([organisationId]);
	});

	it('coordinators publish directly and set what only they may set', async () => {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const resident = await env().account(tenant);
		const created = await proposeOrganisation(env().ctx(tenant, coordinator.actor), { ...profile, verified: 'on', networkMember: 'on', networkDeclaredAt: '2024-05-02' });
		expect(created).toMatchObject({ ok: true, value: { status: 'published' } });
		const org = await findOrganisation(env().db, tenant.id, created.ok ? created.value.organisationId : '');
		expect(org).toMatchObject({ verified: true, networkMember: true, networkDeclaredAt: '2024-05-02' });

		// A resident's own proposal cannot mark itself verified.
		const own = await proposeOrganisation(env().ctx(tenant, resident.actor), { ...profile, name: 'Eigene Initiative', verified: 'on' });
		expect((await findOrganisation(env().db, tenant.id, own.ok ? own.value.organisationId : ''))?.verified).toBe(false);
	});

	it('explains bad input next to each field', async () => {
		const tenant = await env().tenant();
		const resident = await env().account(tenant);
		expect(
			await proposeOrganisation(env().ctx(tenant, resident.actor), { name: '', kind: 'sekte', postcode: '123', website: 'deichmaschen', phone: 'ruf mich an', foundingYear: '3000', email: 'x' })
		).toMatchObject({
			ok: false,
			error: 'invalid',
			fields: { name: 'error.required', kind: 'error.choose_one', postcode: 'error.postcode', website: 'error.url', phone: 'error.phone', foundingYear: 'error.year', email: 'error.email' }
		});
		expect(await proposeOrganisation(env().ctx(tenant), profile)).toEqual({ ok: false, error: 'forbidden' });
		expect(await proposeOrganisation(env().ctx(tenant, resident.actor), { ...profile, categoryIds: ['00000000-0000-4000-8000-000000000000'] })).toMatchObject({
			fields: { categoryIds: 'error.invalid' }
		});
	});

	it('editors edit but cannot archive; members of one organisation cannot touch another; no one crosses towns', async () => {
		const tenant = await env().tenant();
		const other = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const orgA = await env().organisation(tenant, { name: 'Verein A' });
		const orgB = await env().organisation(tenant, { name: 'Verein B' });
		const editor = await env().account(tenant);
		const owner = await env().account(tenant);
		await env().member(tenant, { organisationId: orgA, accountId: editor.accountId, role: 'editor' });
		await env().member(tenant, { organisationId: orgA, accountId: owner.accountId, role: 'owner' });
		const editorCtx = env().ctx(tenant, await loadActor(env().db, tenant.id, editor.accountId));
		const ownerCtx = env().ctx(tenant, await loadActor(env().db, tenant.id, owner.accountId));

		expect((await updateOrganisation(editorCtx, { ...profile, name: 'Verein A (neu)', organisationId: orgA })).ok).toBe(true);
		expect(await setOrganisationArchived(editorCtx, { organisationId: orgA, archived: true })).toEqual({ ok: false, error: 'forbidden' });
		expect(await updateOrganisation(ownerCtx, { ...profile, organisationId: orgB })).toEqual({ ok: false, error: 'forbidden' });
		expect(await confirmOrganisationCurrent(ownerCtx, { organisationId: orgB })).toEqual({ ok: false, error: 'forbidden' });
		expect((await setOrganisationArchived(ownerCtx, { organisationId: orgA, archived: true })).ok).toBe(true);
		expect(await setOrganisationArchived(ownerCtx, { organisationId: orgA, archived: false })).toEqual({ ok: false, error: 'forbidden' });
		expect((await setOrganisationArchived(env().ctx(tenant, coordinator.actor), { organisationId: orgA, archived: false })).ok).toBe(true);

		const stranger = await env().account(other, ['coordinator']);
		expect(await updateOrganisation(env().ctx(other, stranger.actor), { ...profile, organisationId: orgA })).toEqual({ ok: false, error: 'not_found' });
		expect(await updateOrganisation(env().ctx(tenant, stranger.actor), { ...profile, organisationId: orgA })).toEqual({ ok: false, error: 'forbidden' });
	});
});
