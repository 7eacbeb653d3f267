import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases, PASSWORD, valueOf, type TestEnv } from '$lib/server/testing/databases';
import { deleteAccount, exportMyData, loadActor } from '$lib/server/core/accounts';
import type { Tenant } from '$lib/server/core/tenants';
import { purgeExpiredData } from '$lib/server/core/retention';
import { mails } from '../../../core/mail/schema';
import { applications, opportunities } from '../schema';
import { insertField, insertOpportunity } from './testing';
import {
	addApplicationNote,
	countWaitingApplications,
	applyForOpportunity,
	confirmApplication,
	createReplyTemplate,
	listMyApplications,
	listOpportunityApplications,
	listReplyTemplates,
	listWaitingApplications,
	onOpportunityFilled,
	replyToApplication,
	sendApplicationReminders,
	setApplicationStatus,
	showApplication,
	showApplicationForm,
	withdrawGuestApplication,
	withdrawMyApplication,
	tellAllFilledApplicants
} from '.';

const DAY = 24 * 3600 * 1000;

async function mailsTo(env: TestEnv, tenant: Tenant, to: string) {
	return env.db
		.select()
		.from(mails)
		.where(and(eq(mails.tenantId, tenant.id), eq(mails.toAddress, to.toLowerCase())))
		.orderBy(mails.createdAt);
}

const tokenOf = (text: string) => /bewerbung-bestaetigen\?token=([\w-]+)/.exec(text)?.[1] ?? '';

describeOnDatabases('applications to opportunities', (env) => {
	/** A town with two clubs, A and B, each with an owner and a published opportunity. */
	async function town() {
		const tenant = await env().tenant();
		const clubA = await env().organisation(tenant, { name: 'Turnverein A' });
		const clubB = await env().organisation(tenant, { name: 'Chor B' });
		const ownerA = await env().account(tenant, [], `owner-a-${tenant.slug}@example.org`);
		const ownerB = await env().account(tenant, [], `owner-b-${tenant.slug}@example.org`);
		await env().member(tenant, { organisationId: clubA, accountId: ownerA.accountId, role: 'owner' });
		await env().member(tenant, { organisationId: clubB, accountId: ownerB.accountId, role: 'owner' });
		const field = await insertField(env().db, tenant.id);
		const opportunityA = await insertOpportunity(env().db, tenant.id, clubA, { title: 'Übungsleitung Kinderturnen', fieldIds: [field] });
		const opportunityB = await insertOpportunity(env().db, tenant.id, clubB, { title: 'Notenwart', fieldIds: [field] });
		const asA = env().ctx(tenant, await loadActor(env().db, tenant.id, ownerA.accountId));
		const asB = env().ctx(tenant, await loadActor(env().db, tenant.id, ownerB.accountId));
		return { tenant, clubA, clubB, ownerA, ownerB, field, opportunityA, opportunityB, asA, asB };
	}

	async function guestApplies(tenant: Tenant, opportunityId: string, email = `gast-${crypto.randomUUID().slice(0, 6)}@example.org`) {
		const sent = valueOf(await applyForOpportunity(env().ctx(tenant), { opportunityId, name: 'Gesa Gast', email, message: 'Ich turne gern.', shareEmail: 'on' }));
		const [mail] = await mailsTo(env(), tenant, email);
		return { id: sent.id, email, token: tokenOf(mail.textBody) };
	}

	it('lets a guest apply, and tells the organisation only once the address is confirmed', async () => {
		const { tenant, clubA, ownerA, opportunityA, asA } = await town();
		const email = `Gesa-${tenant.slug}@Example.org`;
		const sent = valueOf(await applyForOpportunity(env().ctx(tenant), { opportunityId: opportunityA.id, name: 'Gesa Gast', email, message: 'Ich turne gern.', shareEmail: 'on' }));
		expect(sent.guest).toBe(true);
		const [confirmation] = await mailsTo(env(), tenant, email);
		expect(confirmation.subject).toContain('Übungsleitung Kinderturnen');
		const token = tokenOf(confirmation.textBody);
		expect(token.length).toBeGreaterThan(20);
		const [row] = await env().db.select().from(applications).where(eq(applications.id, sent.id));
		expect(row.confirmTokenHash).not.toContain(token);
		expect(row.guestEmail).toBe(email.toLowerCase());
		expect(await mailsTo(env(), tenant, ownerA.email)).toEqual([]);
		expect(valueOf(await listOpportunityApplications(asA, { organisationId: clubA, opportunityId: opportunityA.id })).items).toEqual([]);

		const confirmed = valueOf(await confirmApplication(env().ctx(tenant), { token }));
		expect(confirmed).toMatchObject({ justConfirmed: true, status: 'new', organisation: 'Turnverein A' });
		const [received] = await mailsTo(env(), tenant, ownerA.email);
		expect(received.subject).toBe('Neue Bewerbung für „Übungsleitung Kinderturnen“');
		expect(received.textBody).toContain(`/netzwerk/organisationen/${clubA}/bewerbungen/${sent.id}`);
		// The link shows it again later, without telling anyone twice.
		expect(valueOf(await confirmApplication(env().ctx(tenant), { token })).justConfirmed).toBe(false);
		expect(await mailsTo(env(), tenant, ownerA.email)).toHaveLength(1);
		const inbox = valueOf(await listOpportunityApplications(asA, { organisationId: clubA, opportunityId: opportunityA.id }));
		expect(inbox.items.map((i) => [i.name, i.status, i.guest])).toEqual([['Gesa Gast', 'new', true]]);
		expect(valueOf(await showApplication(asA, { organisationId: clubA, applicationId: sent.id })).application.sharedContact).toEqual({ name: 'Gesa Gast', email: email.toLowerCase() });

		expect(await confirmApplication(env().ctx(tenant), { token: 'x'.repeat(43) })).toMatchObject({ ok: false, error: 'invalid_token' });
		expect(valueOf(await withdrawGuestApplication(env().ctx(tenant), { token }))).toBeNull();
		expect(valueOf(await confirmApplication(env().ctx(tenant), { token })).status).toBe('withdrawn');
		expect((await mailsTo(env(), tenant, ownerA.email)).map((m) => m.template)).toEqual(['application_received', 'application_withdrawn']);
	});

	it('asks a guest for name and address, and refuses what is not published', async () => {
		const { tenant, clubA } = await town();
		expect(await applyForOpportunity(env().ctx(tenant), { opportunityId: (await insertOpportunity(env().db, tenant.id, clubA)).id, name: '', email: 'kein-at' })).toMatchObject({
			ok: false,
			error: 'invalid',
			fields: { name: 'error.required', email: 'error.email' }
		});
		const draft = await insertOpportunity(env().db, tenant.id, clubA, { status: 'draft' });
		expect(await applyForOpportunity(env().ctx(tenant), { opportunityId: draft.id, name: 'Gast', email: 'gast@example.org' })).toMatchObject({ ok: false, error: 'not_found' });
		expect(await showApplicationForm(env().ctx(tenant), { opportunityId: draft.id })).toMatchObject({ ok: false, error: 'not_found' });
		expect(await applyForOpportunity(env().ctx(tenant), { opportunityId: 'kein-id', name: 'Gast', email: 'gast@example.org' })).toMatchObject({ ok: false, error: 'not_found' });
	});

	it('sends an account’s application at once, one active per person and opportunity, and its own list shows only its own', async () => {
		const { tenant, clubA, ownerA, opportunityA, opportunityB } = await town();
		const lea = await env().account(tenant);
		const tom = await env().account(tenant);
		const asLea = env().ctx(tenant, lea.actor);
		const sent = valueOf(await applyForOpportunity(asLea, { opportunityId: opportunityA.id, message: 'Hallo!', sharePhone: 'on', phone: '04698 1234' }));
		expect(sent.guest).toBe(false);
		expect(await applyForOpportunity(asLea, { opportunityId: opportunityA.id })).toMatchObject({ ok: false, error: 'already_applied' });
		expect(await applyForOpportunity(asLea, { opportunityId: opportunityB.id, sharePhone: 'on' })).toMatchObject({ ok: false, fields: { phone: 'engagement.apply.error_phone' } });
		expect(valueOf(await showApplicationForm(asLea, { opportunityId: opportunityA.id })).alreadyApplied).toBe(true);
		expect((await mailsTo(env(), tenant, ownerA.email)).map((m) => m.template)).toEqual(['application_received']);
		valueOf(await applyForOpportunity(env().ctx(tenant, tom.actor), { opportunityId: opportunityA.id }));

		const mine = valueOf(await listMyApplications(asLea));
		expect(mine.map((a) => [a.opportunity.title, a.status, a.withdrawable])).toEqual([['Übungsleitung Kinderturnen', 'new', true]]);
		expect(await listMyApplications(env().ctx(tenant))).toMatchObject({ ok: false, error: 'forbidden' });
		// Tom cannot withdraw Lea's.
		expect(await withdrawMyApplication(env().ctx(tenant, tom.actor), { applicationId: sent.id })).toMatchObject({ ok: false, error: 'not_found' });
		expect(valueOf(await withdrawMyApplication(asLea, { applicationId: sent.id }))).toBeNull();
		expect(await withdrawMyApplication(asLea, { applicationId: sent.id })).toMatchObject({ ok: false, error: 'not_active' });
		// Withdrawn, she may apply again.
		valueOf(await applyForOpportunity(asLea, { opportunityId: opportunityA.id }));
		const inbox = valueOf(await listOpportunityApplications(env().ctx(tenant, await loadActor(env().db, tenant.id, ownerA.accountId)), { organisationId: clubA, opportunityId: opportunityA.id }));
		expect(inbox.counts).toMatchObject({ new: 2, withdrawn: 1 });
	});

	it('keeps organisation A out of B’s applications, and lets the office in', async () => {
		const { tenant, clubA, clubB, opportunityA, opportunityB, asA, asB } = await town();
		const { id } = await guestApplies(tenant, opportunityA.id);
		const [row] = await env().db.select().from(applications).where(eq(applications.id, id));
		const { token } = await guestApplies(tenant, opportunityB.id);
		valueOf(await confirmApplication(env().ctx(tenant), { token }));
		expect(row.confirmedAt).toBeNull();
		const { token: tokenA } = await guestApplies(tenant, opportunityA.id);
		const a = valueOf(await confirmApplication(env().ctx(tenant), { token: tokenA }));

		const resident = await env().account(tenant);
		const strangers = [asB, env().ctx(tenant, resident.actor), env().ctx(tenant)];
		for (const ctx of strangers) {
			expect(await listOpportunityApplications(ctx, { organisationId: clubA, opportunityId: opportunityA.id })).toMatchObject({ ok: false, error: 'forbidden' });
			expect(await showApplication(ctx, { organisationId: clubA, applicationId: a.id })).toMatchObject({ ok: false, error: 'forbidden' });
			expect(await setApplicationStatus(ctx, { organisationId: clubA, applicationId: a.id, status: 'declined' })).toMatchObject({ ok: false, error: 'forbidden' });
			expect(await addApplicationNote(ctx, { organisationId: clubA, applicationId: a.id, text: 'x' })).toMatchObject({ ok: false, error: 'forbidden' });
			expect(await replyToApplication(ctx, { organisationId: clubA, applicationId: a.id, text: 'x' })).toMatchObject({ ok: false, error: 'forbidden' });
			expect(await listReplyTemplates(ctx, { organisationId: clubA })).toMatchObject({ ok: false, error: 'forbidden' });
		}
		// B's people naming their own club get nothing of A's either.
		expect(await showApplication(asB, { organisationId: clubB, applicationId: a.id })).toMatchObject({ ok: false, error: 'not_found' });
		expect(await setApplicationStatus(asB, { organisationId: clubB, applicationId: a.id, status: 'declined' })).toMatchObject({ ok: false, error: 'not_found' });
		expect(await listOpportunityApplications(asB, { organisationId: clubB, opportunityId: opportunityA.id })).toMatchObject({ ok: false, error: 'not_found' });
		// An unconfirmed one is nobody's to see yet.
		expect(await showApplication(asA, { organisationId: clubA, applicationId: id })).toMatchObject({ ok: false, error: 'not_found' });

		const coordinator = await env().account(tenant, ['coordinator']);
		expect(valueOf(await showApplication(env().ctx(tenant, coordinator.actor), { organisationId: clubA, applicationId: a.id })).application.name).toBe('Gesa Gast');
		const otherTown = await env().tenant();
		const foreignStaff = await env().account(otherTown, ['admin']);
		// Another town's staff: nothing by that id in their town.
		expect(await showApplication(env().ctx(otherTown, foreignStaff.actor), { organisationId: clubA, applicationId: a.id })).toMatchObject({ ok: false, error: 'not_found' });
	});

	it('accepts with a template: the reply goes to the applicant, notes stay with the organisation', async () => {
		const { tenant, clubA, opportunityA, asA } = await town();
		const { token, email } = await guestApplies(tenant, opportunityA.id);
		const { id } = valueOf(await confirmApplication(env().ctx(tenant), { token }));
		const template = valueOf(await createReplyTemplate(asA, { organisationId: clubA, name: 'Zusage', text: 'wir freuen uns auf Sie!' }));
		expect(await createReplyTemplate(asA, { organisationId: clubA, name: '', text: '' })).toMatchObject({ ok: false, fields: { name: 'error.required', text: 'error.required' } });
		const shown = valueOf(await showApplication(asA, { organisationId: clubA, applicationId: id }));
		expect(shown.templates.map((t) => t.id)).toEqual([template.id]);

		valueOf(await addApplicationNote(asA, { organisationId: clubA, applicationId: id, text: 'Hat schon Erfahrung mit Kindern.' }));
		expect(valueOf(await replyToApplication(asA, { organisationId: clubA, applicationId: id, text: 'Hallo Gesa,\n\nwir freuen uns auf Sie!', status: 'accepted' }))).toEqual({ status: 'accepted' });
		const reply = (await mailsTo(env(), tenant, email)).find((m) => m.template === 'application_reply')!;
		expect(reply.subject).toBe('Antwort von Turnverein A: „Übungsleitung Kinderturnen“');
		expect(reply.textBody).toContain('wir freuen uns auf Sie!');
		expect(reply.textBody).not.toContain('Erfahrung mit Kindern');
		expect(valueOf(await confirmApplication(env().ctx(tenant), { token })).status).toBe('accepted');
		const after = valueOf(await showApplication(asA, { organisationId: clubA, applicationId: id }));
		expect(after.notes.map((n) => [n.text, n.author])).toEqual([['Hat schon Erfahrung mit Kindern.', 'Test Person']]);
		// A plain answer to a new one moves it to "in Kontakt".
		const second = await guestApplies(tenant, opportunityA.id);
		const { id: secondId } = valueOf(await confirmApplication(env().ctx(tenant), { token: second.token }));
		expect(valueOf(await replyToApplication(asA, { organisationId: clubA, applicationId: secondId, text: 'Rufen Sie an?' }))).toEqual({ status: 'in_contact' });
	});

	it('reminds the organisation once after 7 days and shows the office what waited 14', async () => {
		const { tenant, ownerA, opportunityA, asA, clubA } = await town();
		const { token } = await guestApplies(tenant, opportunityA.id);
		const { id } = valueOf(await confirmApplication(env().ctx(tenant), { token }));
		const answered = await guestApplies(tenant, opportunityA.id);
		const { id: answeredId } = valueOf(await confirmApplication(env().ctx(tenant), { token: answered.token }));
		valueOf(await setApplicationStatus(asA, { organisationId: clubA, applicationId: answeredId, status: 'in_contact' }));
		const start = Date.now();
		const coordinator = env().ctx(tenant, (await env().account(tenant, ['coordinator'])).actor);
		const reminders = async () => (await mailsTo(env(), tenant, ownerA.email)).filter((m) => m.template === 'application_reminder');
		const state = async () => (await env().db.select().from(applications).where(eq(applications.id, id)))[0];

		await sendApplicationReminders(env().db, new Date(start + 6 * DAY));
		expect(await reminders()).toHaveLength(0);
		await sendApplicationReminders(env().db, new Date(start + 7 * DAY + 60_000));
		expect(await reminders()).toHaveLength(1);
		expect((await reminders())[0].textBody).toContain(`/bewerbungen/${id}`);
		await sendApplicationReminders(env().db, new Date(start + 8 * DAY));
		expect(await reminders()).toHaveLength(1);
		expect((await state()).escalatedAt).toBeNull();
		expect(valueOf(await listWaitingApplications(coordinator))).toEqual([]);

		await sendApplicationReminders(env().db, new Date(start + 14 * DAY + 60_000));
		expect((await state()).escalatedAt).not.toBeNull();
		const waiting = valueOf(await listWaitingApplications(coordinator));
		expect(waiting.map((w) => [w.id, w.opportunity.title, w.organisation.name])).toEqual([[id, 'Übungsleitung Kinderturnen', 'Turnverein A']]);
		expect(await countWaitingApplications(coordinator)).toBe(1);
		expect(await listWaitingApplications(asA)).toMatchObject({ ok: false, error: 'forbidden' });
		// Answered, it leaves the list.
		valueOf(await setApplicationStatus(asA, { organisationId: clubA, applicationId: id, status: 'declined' }));
		expect(valueOf(await listWaitingApplications(coordinator))).toEqual([]);
	});

	it('tells open applicants kindly when the opportunity is filled, with similar ones', async () => {
		const { tenant, clubA, clubB, field, opportunityA } = await town();
		const similar = await insertOpportunity(env().db, tenant.id, clubB, { title: 'Helfer beim Sportfest', fieldIds: [field] });
		await insertOpportunity(env().db, tenant.id, clubB, { title: 'Ganz anderes', fieldIds: [await insertField(env().db, tenant.id, 'Kultur')] });
		const open = await guestApplies(tenant, opportunityA.id);
		valueOf(await confirmApplication(env().ctx(tenant), { token: open.token }));
		const lea = await env().account(tenant);
		valueOf(await applyForOpportunity(env().ctx(tenant, lea.actor), { opportunityId: opportunityA.id }));
		const unconfirmed = await guestApplies(tenant, opportunityA.id);

		const ctx = env().ctx(tenant);
		expect(await onOpportunityFilled(ctx, opportunityA.id)).toBe(0); // still published
		await env().db.update(opportunities).set({ status: 'filled' }).where(eq(opportunities.id, opportunityA.id));
		expect(await onOpportunityFilled(ctx, opportunityA.id)).toBe(2);
		expect(await onOpportunityFilled(ctx, opportunityA.id)).toBe(0);
		expect(await tellAllFilledApplicants(env().db)).toBeGreaterThanOrEqual(0);
		const [kind] = (await mailsTo(env(), tenant, open.email)).filter((m) => m.template === 'application_filled');
		expect(kind.subject).toBe('„Übungsleitung Kinderturnen“ ist besetzt');
		expect(kind.textBody).toContain(`Helfer beim Sportfest: https://engagement.example/t/${tenant.slug}/engagement/${similar.id}`);
		expect(kind.textBody).toContain('Notenwart');
		expect(kind.textBody).not.toContain('Ganz anderes');
		expect((await mailsTo(env(), tenant, lea.email)).map((m) => m.template)).toContain('application_filled');
		expect((await mailsTo(env(), tenant, unconfirmed.email)).map((m) => m.template)).toEqual(['application_confirm']);
		expect(valueOf(await listMyApplications(env().ctx(tenant, lea.actor)))[0].status).toBe('declined');
		void clubA;
	});

	it('finds filled opportunities with open applications in the daily fallback', async () => {
		const { tenant, opportunityA } = await town();
		const open = await guestApplies(tenant, opportunityA.id);
		valueOf(await confirmApplication(env().ctx(tenant), { token: open.token }));
		await env().db.update(opportunities).set({ status: 'filled' }).where(eq(opportunities.id, opportunityA.id));
		expect(await tellAllFilledApplicants(env().db)).toBeGreaterThanOrEqual(1);
		expect((await mailsTo(env(), tenant, open.email)).map((m) => m.template)).toContain('application_filled');
	});

	it('exports and erases a person’s applications, also those sent as a guest from her address', async () => {
		const { tenant, clubA, opportunityA, opportunityB, asA } = await town();
		const lea = await env().account(tenant);
		const asLea = env().ctx(tenant, lea.actor);
		const mine = valueOf(await applyForOpportunity(asLea, { opportunityId: opportunityA.id, message: 'Bin dabei' }));
		const guest = await guestApplies(tenant, opportunityB.id, lea.email);
		valueOf(await confirmApplication(env().ctx(tenant), { token: guest.token }));
		valueOf(await addApplicationNote(asA, { organisationId: clubA, applicationId: mine.id, text: 'Zuverlässig' }));
		const exported = valueOf(await exportMyData(asLea)) as { 'engagement.applications': { applications: { opportunity: string; organisationNotes: { text: string }[] }[] } };
		const rows = exported['engagement.applications'].applications;
		expect(rows.map((r) => r.opportunity).sort()).toEqual(['Notenwart', 'Übungsleitung Kinderturnen']);
		expect(rows.find((r) => r.opportunity === 'Übungsleitung Kinderturnen')!.organisationNotes.map((n) => n.text)).toEqual(['Zuverlässig']);

		expect((await deleteAccount(asLea, { currentPassword: PASSWORD, confirm: 'on' })).ok).toBe(true);
		const left = await env().db.select().from(applications).where(eq(applications.tenantId, tenant.id));
		expect(left.filter((a) => a.guestEmail === lea.email || a.id === mine.id)).toEqual([]);
	});

	it('deletes unconfirmed guest applications after a week and closed ones after a year', async () => {
		const { tenant, opportunityA } = await town();
		const unconfirmed = await guestApplies(tenant, opportunityA.id);
		const closed = await guestApplies(tenant, opportunityA.id);
		valueOf(await confirmApplication(env().ctx(tenant), { token: closed.token }));
		valueOf(await withdrawGuestApplication(env().ctx(tenant), { token: closed.token }));
		const kept = await guestApplies(tenant, opportunityA.id);
		valueOf(await confirmApplication(env().ctx(tenant), { token: kept.token }));
		const ids = async () => (await env().db.select({ id: applications.id }).from(applications).where(eq(applications.opportunityId, opportunityA.id))).map((r) => r.id).sort();

		await purgeExpiredData(env().db, new Date(Date.now() + 8 * DAY));
		expect(await ids()).toEqual([closed.id, kept.id].sort());
		expect(await confirmApplication(env().ctx(tenant), { token: unconfirmed.token })).toMatchObject({ ok: false, error: 'invalid_token' });
		await purgeExpiredData(env().db, new Date(Date.now() + 366 * DAY));
		expect(await ids()).toEqual([kept.id]);
	});
});
