import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { mails } from '$lib/server/core/mail/schema';
import { decideModeration, listModeration } from '$lib/server/core/moderation';
import { sitemapEntries } from '$lib/server/core/site';
import { placesTable } from '$lib/server/modules/directory';
import type { Tenant } from '$lib/server/core/tenants';
import { loadActor } from '$lib/server/core/accounts';
import { opportunities } from '../schema';
import {
	archiveOpportunity,
	confirmOpportunity,
	createOpportunity,
	loadOpportunity,
	markOpportunityFilled,
	openOpportunitiesOf,
	pauseOpportunity,
	publishOpportunity,
	resumeOpportunity,
	runOpportunityExpiry,
	submitOpportunity,
	updateEngagementSettings,
	updateOpportunity,
	listOrganisationOpportunities,
	setOpportunityPhoto
} from '../index';

const form = { title: 'Lesepatenschaft in der Stadtbücherei', commitment: 'regular', online: 'on', schedule: ['tue-afternoon'], description: 'Vorlesen für Kinder.' };
const DAY = 24 * 3600 * 1000;

describeOnDatabases('the lifecycle of an opportunity', (env) => {
	async function setUp() {
		const tenant = await env().tenant();
		const organisationId = await env().organisation(tenant, { name: 'Bücherfreunde' });
		const owner = await member(tenant, organisationId);
		const as = (actor: typeof owner) => env().ctx(tenant, actor.actor);
		return { tenant, organisationId, owner, as };
	}
	/** An owner of the organisation, with the membership in their actor. */
	async function member(tenant: Tenant, organisationId: string) {
		const person = await env().account(tenant);
		await env().member(tenant, { organisationId, accountId: person.accountId, role: 'owner' });
		return { ...person, actor: await loadActor(env().db, tenant.id, person.accountId) };
	}
	const row = async (tenant: Tenant, id: string) =>
		(
			await env()
				.db.select()
				.from(opportunities)
				.where(and(eq(opportunities.tenantId, tenant.id), eq(opportunities.id, id)))
		)[0];

	it('starts as a draft only its organisation sees, and is public once published', async () => {
		const { tenant, organisationId, owner, as } = await setUp();
		const { id } = valueOf(await createOpportunity(as(owner), { organisationId, ...form }));
		expect((await row(tenant, id)).status).toBe('draft');
		expect(await loadOpportunity(env().ctx(tenant), id)).toBeNull();
		expect((await loadOpportunity(as(owner), id))?.manage).toBe(true);
		const resident = await env().account(tenant);
		expect(await loadOpportunity(as(resident), id)).toBeNull();

		expect(await submitOpportunity(as(owner), { opportunityId: id })).toEqual({ ok: true, value: { status: 'published' } });
		const published = await row(tenant, id);
		expect(published.publishedAt).not.toBeNull();
		// Six months, give or take the length of the months.
		expect(published.expiresAt!.getTime() - Date.now()).toBeGreaterThan(180 * DAY);
		expect(published.expiresAt!.getTime() - Date.now()).toBeLessThan(185 * DAY);
		const seen = await loadOpportunity(env().ctx(tenant), id);
		expect(seen).toMatchObject({ manage: false, opportunity: { title: form.title }, organisation: { name: 'Bücherfreunde' } });
		expect((await openOpportunitiesOf(env().ctx(tenant), organisationId)).map((o) => o.id)).toEqual([id]);
		expect((await sitemapEntries(env().ctx(tenant))).map((e) => e.path)).toContain(`/engagement/${id}`);
		expect(await submitOpportunity(as(owner), { opportunityId: id })).toEqual({ ok: false, error: 'wrong_status' });
	});

	it('is posted and changed only by its organisation or the office', async () => {
		const { tenant, organisationId, owner, as } = await setUp();
		const otherOrg = await env().organisation(tenant, { name: 'Andere' });
		const otherOwner = await member(tenant, otherOrg);
		const resident = await env().account(tenant);
		const coordinator = await env().account(tenant, ['coordinator']);

		expect(await createOpportunity(as(resident), { organisationId, ...form })).toEqual({ ok: false, error: 'forbidden' });
		expect(await createOpportunity(env().ctx(tenant), { organisationId, ...form })).toEqual({ ok: false, error: 'forbidden' });
		const { id } = valueOf(await createOpportunity(as(owner), { organisationId, ...form }));
		expect(await updateOpportunity(as(otherOwner), { opportunityId: id, ...form, title: 'Übernommen' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await submitOpportunity(as(otherOwner), { opportunityId: id })).toEqual({ ok: false, error: 'forbidden' });
		expect(await archiveOpportunity(as(resident), { opportunityId: id })).toEqual({ ok: false, error: 'forbidden' });
		expect(await listOrganisationOpportunities(as(otherOwner), { organisationId })).toEqual({ ok: false, error: 'forbidden' });
		expect(await loadOpportunity(as(otherOwner), id)).toBeNull();

		// The office on the organisation's behalf.
		valueOf(await updateOpportunity(as(coordinator), { opportunityId: id, ...form, title: 'Vorlesen am Nachmittag' }));
		expect((await row(tenant, id)).title).toBe('Vorlesen am Nachmittag');
		valueOf(await createOpportunity(as(coordinator), { organisationId, ...form }));

		// A place of another organisation is refused beside the field.
		const [foreign] = await env().db.insert(placesTable).values({ tenantId: tenant.id, organisationId: otherOrg, name: 'Fremder Ort' }).returning();
		expect(await updateOpportunity(as(owner), { opportunityId: id, ...form, online: '', placeIds: [foreign.id] })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { placeIds: 'error.invalid' }
		});
		// Another town's people cannot even find it.
		const elsewhere = await env().tenant();
		const stranger = await env().account(elsewhere, ['coordinator']);
		expect(await updateOpportunity(env().ctx(elsewhere, stranger.actor), { opportunityId: id, ...form })).toEqual({ ok: false, error: 'not_found' });
	});

	it('waits for the coordinators where the town wants a review', async () => {
		const { tenant, organisationId, owner, as } = await setUp();
		const admin = await env().account(tenant, ['admin']);
		const coordinator = await env().account(tenant, ['coordinator']);
		expect(await updateEngagementSettings(as(owner), { reviewRequired: 'on', expiryMonths: '3' })).toEqual({ ok: false, error: 'forbidden' });
		valueOf(await updateEngagementSettings(as(admin), { reviewRequired: 'on', expiryMonths: '3' }));

		const { id } = valueOf(await createOpportunity(as(owner), { organisationId, ...form }));
		expect(await publishOpportunity(as(owner), { opportunityId: id })).toEqual({ ok: false, error: 'review_required' });
		expect(await submitOpportunity(as(owner), { opportunityId: id })).toEqual({ ok: true, value: { status: 'review' } });
		expect(await loadOpportunity(env().ctx(tenant), id)).toBeNull();
		const told = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'moderation_submitted')));
		expect(told.map((m) => m.toAddress)).toEqual([coordinator.email]);

		const queue = valueOf(await listModeration(as(coordinator)));
		expect(queue.map((q) => q.subject?.title)).toEqual([form.title]);
		valueOf(await decideModeration(as(coordinator), { itemId: queue[0].id, decision: 'changes_requested', reason: 'Bitte die Zeiten ergänzen.' }));
		expect((await row(tenant, id)).status).toBe('draft');

		valueOf(await submitOpportunity(as(owner), { opportunityId: id }));
		const again = valueOf(await listModeration(as(coordinator)));
		valueOf(await decideModeration(as(coordinator), { itemId: again[0].id, decision: 'approved', reason: '' }));
		const approved = await row(tenant, id);
		expect(approved.status).toBe('published');
		expect(approved.expiresAt!.getTime() - Date.now()).toBeLessThan(93 * DAY);
		expect(await loadOpportunity(env().ctx(tenant), id)).not.toBeNull();

		// The office's own opportunities are not held for itself.
		const { id: own } = valueOf(await createOpportunity(as(coordinator), { organisationId, ...form }));
		expect(await submitOpportunity(as(coordinator), { opportunityId: own })).toEqual({ ok: true, value: { status: 'published' } });
	});

	it('pauses, resumes, fills, archives and is published again, each only from where it may', async () => {
		const { tenant, organisationId, owner, as } = await setUp();
		const { id } = valueOf(await createOpportunity(as(owner), { organisationId, ...form }));
		const opportunityId = id;
		expect(await pauseOpportunity(as(owner), { opportunityId })).toEqual({ ok: false, error: 'wrong_status' });
		valueOf(await submitOpportunity(as(owner), { opportunityId }));
		expect(await pauseOpportunity(as(owner), { opportunityId })).toEqual({ ok: true, value: { status: 'paused' } });
		expect(await loadOpportunity(env().ctx(tenant), id)).toBeNull();
		expect(await resumeOpportunity(as(owner), { opportunityId })).toEqual({ ok: true, value: { status: 'published' } });
		expect(await markOpportunityFilled(as(owner), { opportunityId })).toEqual({ ok: true, value: { status: 'filled' } });
		expect(await confirmOpportunity(as(owner), { opportunityId })).toEqual({ ok: false, error: 'wrong_status' });
		expect(await archiveOpportunity(as(owner), { opportunityId })).toEqual({ ok: true, value: { status: 'archived' } });
		expect(await archiveOpportunity(as(owner), { opportunityId })).toEqual({ ok: false, error: 'wrong_status' });
		expect(await publishOpportunity(as(owner), { opportunityId })).toEqual({ ok: true, value: { status: 'published' } });
		const list = valueOf(await listOrganisationOpportunities(as(owner), { organisationId }));
		expect(list.opportunities.map((o) => [o.id, o.status])).toEqual([[id, 'published']]);
	});

	it('reminds 14 and 3 days before expiry, once each, then expires; confirming brings it back', async () => {
		const { tenant, organisationId, owner, as } = await setUp();
		const { id } = valueOf(await createOpportunity(as(owner), { organisationId, ...form }));
		valueOf(await submitOpportunity(as(owner), { opportunityId: id }));
		const expiresAt = (await row(tenant, id)).expiresAt!;
		const reminders = async () =>
			(
				await env()
					.db.select()
					.from(mails)
					.where(and(eq(mails.tenantId, tenant.id), eq(mails.toAddress, owner.email)))
			).map((m) => m.template);

		await runOpportunityExpiry(env().db, new Date(expiresAt.getTime() - 20 * DAY));
		expect(await reminders()).toEqual([]);
		await runOpportunityExpiry(env().db, new Date(expiresAt.getTime() - 13 * DAY));
		await runOpportunityExpiry(env().db, new Date(expiresAt.getTime() - 12 * DAY));
		expect(await reminders()).toEqual(['opportunity_expiring']);
		await runOpportunityExpiry(env().db, new Date(expiresAt.getTime() - 2 * DAY));
		await runOpportunityExpiry(env().db, new Date(expiresAt.getTime() - 1 * DAY));
		expect(await reminders()).toEqual(['opportunity_expiring', 'opportunity_expiring']);
		await runOpportunityExpiry(env().db, new Date(expiresAt.getTime() + 1000));
		expect((await row(tenant, id)).status).toBe('expired');
		expect(await reminders()).toEqual(['opportunity_expiring', 'opportunity_expiring', 'opportunity_expired']);
		expect(await loadOpportunity(env().ctx(tenant), id)).toBeNull();

		expect(await confirmOpportunity(as(owner), { opportunityId: id })).toEqual({ ok: true, value: { status: 'published' } });
		const confirmed = await row(tenant, id);
		expect(confirmed.remindedAt).toBeNull();
		expect(confirmed.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 150 * DAY);
	});

	it('takes a photo only from its organisation, and says what is wrong with a file that is no image', async () => {
		const { tenant, organisationId, owner, as } = await setUp();
		const { id } = valueOf(await createOpportunity(as(owner), { organisationId, ...form }));
		const resident = await env().account(tenant);
		const junk = { data: new TextEncoder().encode('kein Bild') };
		expect(await setOpportunityPhoto(as(resident), { opportunityId: id, photo: junk })).toEqual({ ok: false, error: 'forbidden' });
		expect(await setOpportunityPhoto(as(owner), { opportunityId: id, photo: junk })).toEqual({ ok: false, error: 'invalid', fields: { photo: 'error.image_invalid' } });
		expect(await setOpportunityPhoto(as(owner), { opportunityId: id, photo: { remove: true } })).toEqual({ ok: true, value: { photoPath: null } });
	});
});
