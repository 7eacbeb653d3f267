import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { mails } from '$lib/server/core/mail/schema';
import { showNotifications } from '$lib/server/core/notifications';
import { navigationFor } from '$lib/server/core/navigation';
import { auditSubjects } from '$lib/server/core/audit/subjects';
import { erasePersonalData, exportPersonalData, identifyPerson } from '$lib/server/core/privacy';
import type { Tenant } from '$lib/server/core/tenants';
import { consultations, opportunities, suggestions, volunteerProfiles } from '../schema';
import { answerSuggestion, listAdviceRequests, listMySuggestions, logConsultation, setAdviceConsent, showAdviceRequest, suggestOpportunity } from '..';
import { insertField, insertOpportunity } from './test-opportunities';

describeOnDatabases('brokering (Freiwilligenagentur)', (env) => {
	/** A town with its office, a volunteer who asked for advice, one who did not, and a published opportunity. */
	async function town() {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const volunteer = await env().account(tenant, [], `v-${tenant.slug}@example.org`);
		const quiet = await env().account(tenant);
		const organisationId = await env().organisation(tenant, { name: 'Stadtbücherei Lindwerder' });
		const opportunityId = await insertOpportunity(env().db, tenant, { organisationId, title: 'Lesepatenschaft' });
		const office = env().ctx(tenant, coordinator.actor);
		const asks = env().ctx(tenant, volunteer.actor);
		valueOf(await setAdviceConsent(asks, { wantsAdvice: true, consent: true }));
		// Someone with a profile who did not ask, and someone who ticked the wish without the consent's time (never listed).
		await env()
			.db.insert(volunteerProfiles)
			.values({ tenantId: tenant.id, accountId: quiet.accountId, skills: ['Kochen'] });
		return { tenant, coordinator, volunteer, quiet, organisationId, opportunityId, office, asks };
	}

	const names = async (ctx: ReturnType<ReturnType<typeof env>['ctx']>) => valueOf(await listAdviceRequests(ctx)).map((r) => r.email);

	it('lists only who asked for advice with consent, with the profile’s answers, to the town’s coordinators only', async () => {
		const { tenant, volunteer, quiet, office, asks } = await town();
		const field = await insertField(env().db, tenant, 'Bildung');
		await env()
			.db.update(volunteerProfiles)
			.set({ interests: [field], skills: ['Vorlesen'], languages: ['de', 'tr'], availability: 1, ageBand: '65_plus', homePostcode: '24998' })
			.where(and(eq(volunteerProfiles.tenantId, tenant.id), eq(volunteerProfiles.accountId, volunteer.accountId)));
		const noConsent = await env().account(tenant);
		await env().db.insert(volunteerProfiles).values({ tenantId: tenant.id, accountId: noConsent.accountId, wantsAdvice: true });

		const [person] = valueOf(await listAdviceRequests(office));
		expect(await names(office)).toEqual([volunteer.email]);
		expect(person.profile).toEqual({
			interests: ['Bildung'],
			skills: ['Vorlesen'],
			languages: ['de', 'tr'],
			availability: ['mon-morning'],
			districts: [],
			homePostcode: '24998',
			travelRadiusKm: null,
			ageBand: '65_plus',
			lookingFor: 'both'
		});
		expect(person).toMatchObject({ consultations: 0, lastConsultedOn: null, openSuggestions: 0 });

		expect(await listAdviceRequests(asks)).toEqual({ ok: false, error: 'forbidden' });
		expect(await listAdviceRequests(env().ctx(tenant))).toEqual({ ok: false, error: 'forbidden' });
		expect(await showAdviceRequest(office, { accountId: quiet.accountId })).toEqual({ ok: false, error: 'not_found' });
		expect(await showAdviceRequest(office, { accountId: noConsent.accountId })).toEqual({ ok: false, error: 'not_found' });
		expect(await showAdviceRequest(asks, { accountId: volunteer.accountId })).toEqual({ ok: false, error: 'forbidden' });

		// Another town's office sees nothing of this one.
		const elsewhere = await env().tenant();
		const otherOffice = env().ctx(elsewhere, (await env().account(elsewhere, ['coordinator'])).actor);
		expect(await names(otherOffice)).toEqual([]);
		expect(await showAdviceRequest(otherOffice, { accountId: volunteer.accountId })).toEqual({ ok: false, error: 'not_found' });
		expect(await logConsultation(otherOffice, { accountId: volunteer.accountId, heldOn: '2026-01-05', topic: 'X' })).toEqual({ ok: false, error: 'not_found' });
	});

	it('logs consultations with date, topic, note and author; refuses the future, an empty topic and people who did not ask', async () => {
		const { volunteer, quiet, office, asks } = await town();
		expect(await logConsultation(asks, { accountId: volunteer.accountId, heldOn: '2026-01-05', topic: 'Erstgespräch' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await logConsultation(office, { accountId: volunteer.accountId, heldOn: '2999-01-01', topic: 'Erstgespräch' })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { heldOn: 'engagement.broker.error.future' }
		});
		expect(await logConsultation(office, { accountId: volunteer.accountId, heldOn: 'gestern', topic: ' ' })).toMatchObject({
			error: 'invalid',
			fields: { heldOn: 'error.date', topic: 'error.required' }
		});
		expect(await logConsultation(office, { accountId: quiet.accountId, heldOn: '2026-01-05', topic: 'Erstgespräch' })).toEqual({ ok: false, error: 'not_found' });

		// The office's menu counts who waits for a first answer.
		const waiting = async () => (await navigationFor(office, 'coordination')).find((l) => l.path === '/koordination/beratung')?.count;
		expect(await waiting()).toBe(1);
		const { id } = valueOf(await logConsultation(office, { accountId: volunteer.accountId, heldOn: '2026-01-05', topic: 'Erstgespräch', note: 'Mag Kinder, hat dienstags Zeit.' }));
		expect(await waiting()).toBe(0);
		const named = await auditSubjects().get('consultation')!.describe(env().db, office.tenant.id, [id]);
		expect(named.get(id)).toEqual({ title: { text: 'Test Person' }, href: `/koordination/beratung/${volunteer.accountId}` });
		valueOf(await logConsultation(office, { accountId: volunteer.accountId, heldOn: '2026-02-10', topic: 'Nachfrage' }));
		const shown = valueOf(await showAdviceRequest(office, { accountId: volunteer.accountId }));
		expect(shown.consultations.map((c) => [c.heldOn, c.topic, c.note, c.author])).toEqual([
			['2026-02-10', 'Nachfrage', '', 'Test Person'],
			['2026-01-05', 'Erstgespräch', 'Mag Kinder, hat dienstags Zeit.', 'Test Person']
		]);
		expect(valueOf(await listAdviceRequests(office))[0]).toMatchObject({ consultations: 2, lastConsultedOn: '2026-02-10' });
	});

	it('suggests a published opportunity by mail; the volunteer sees only their own suggestions and accepts or declines', async () => {
		const { tenant, volunteer, quiet, organisationId, opportunityId, office, asks } = await town();
		const draft = await insertOpportunity(env().db, tenant, { organisationId, title: 'Noch geheim', status: 'draft' });

		expect(await suggestOpportunity(asks, { accountId: volunteer.accountId, opportunityId })).toEqual({ ok: false, error: 'forbidden' });
		expect(await suggestOpportunity(office, { accountId: volunteer.accountId, opportunityId: draft })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { opportunityId: 'engagement.broker.error.not_published' }
		});
		expect(await suggestOpportunity(office, { accountId: volunteer.accountId, opportunityId: '' })).toMatchObject({ fields: { opportunityId: 'engagement.broker.error.choose_opportunity' } });
		expect(await suggestOpportunity(office, { accountId: quiet.accountId, opportunityId })).toEqual({ ok: false, error: 'not_found' });
		const { id } = valueOf(await suggestOpportunity(office, { accountId: volunteer.accountId, opportunityId, message: 'Sie lesen doch so gern vor.' }));
		expect(await suggestOpportunity(office, { accountId: volunteer.accountId, opportunityId })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { opportunityId: 'engagement.broker.error.already_suggested' }
		});

		// The shared notifications: an entry in Mein Bereich and a mail with the opportunity and the words of the office.
		const [mail] = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.template, 'engagement_suggestion')));
		expect(mail.toAddress).toBe(volunteer.email);
		expect(mail.subject).toBe('Ein Vorschlag für Sie: Lesepatenschaft');
		expect(mail.textBody).toContain('„Lesepatenschaft“ bei Stadtbücherei Lindwerder');
		expect(mail.textBody).toContain('Sie lesen doch so gern vor.');
		expect(mail.textBody).toContain('/mein-bereich/vorschlaege');
		const notices = valueOf(await showNotifications(asks));
		expect(notices.items.map((n) => n.link)).toContain('/mein-bereich/vorschlaege');

		const mine = valueOf(await listMySuggestions(asks));
		expect(mine.items.map((s) => [s.title, s.organisation, s.status, s.message, s.published])).toEqual([['Lesepatenschaft', 'Stadtbücherei Lindwerder', 'open', 'Sie lesen doch so gern vor.', true]]);
		expect(mine.advice).not.toBeNull();
		expect(valueOf(await listMySuggestions(env().ctx(tenant, quiet.actor)))).toEqual({ items: [], advice: null });
		expect(await listMySuggestions(env().ctx(tenant))).toEqual({ ok: false, error: 'forbidden' });

		// Only the person it was made to answers it.
		expect(await answerSuggestion(env().ctx(tenant, quiet.actor), { suggestionId: id, answer: 'accept' })).toEqual({ ok: false, error: 'not_found' });
		expect(await answerSuggestion(office, { suggestionId: id, answer: 'accept' })).toEqual({ ok: false, error: 'not_found' });
		expect(await answerSuggestion(asks, { suggestionId: id, answer: 'maybe' })).toMatchObject({ error: 'invalid' });
		expect(await answerSuggestion(asks, { suggestionId: id, answer: 'accept' })).toEqual({ ok: true, value: { opportunityId, status: 'accepted' } });
		expect(await answerSuggestion(asks, { suggestionId: id, answer: 'accept' })).toEqual({ ok: true, value: { opportunityId, status: 'accepted' } });
		expect(await answerSuggestion(asks, { suggestionId: id, answer: 'decline' })).toEqual({ ok: false, error: 'already_decided' });
		expect(valueOf(await showAdviceRequest(office, { accountId: volunteer.accountId })).suggestions.map((s) => s.status)).toEqual(['accepted']);

		// An opportunity no longer published cannot be taken up any more; it can still be declined.
		const paused = await insertOpportunity(env().db, tenant, { organisationId, title: 'Bald pausiert' });
		const later = valueOf(await suggestOpportunity(office, { accountId: volunteer.accountId, opportunityId: paused }));
		await env().db.update(opportunities).set({ status: 'paused' }).where(eq(opportunities.id, paused));
		expect(await answerSuggestion(asks, { suggestionId: later.id, answer: 'accept' })).toEqual({ ok: false, error: 'gone' });
		expect(valueOf(await answerSuggestion(asks, { suggestionId: later.id, answer: 'decline' })).status).toBe('declined');

		// Once answered, the office may suggest it again; a declined one stays declined.
		const again = valueOf(await suggestOpportunity(office, { accountId: volunteer.accountId, opportunityId }));
		expect(valueOf(await answerSuggestion(asks, { suggestionId: again.id, answer: 'decline' })).status).toBe('declined');
		expect(valueOf(await listAdviceRequests(office))[0].openSuggestions).toBe(0);
	});

	it('withdrawing the consent takes the person off the list and erases what consultations said about them', async () => {
		const { volunteer, office, asks, opportunityId } = await town();
		valueOf(await logConsultation(office, { accountId: volunteer.accountId, heldOn: '2026-01-05', topic: 'Erstgespräch', note: 'Privates' }));
		expect(await setAdviceConsent(asks, { wantsAdvice: true })).toMatchObject({ error: 'invalid', fields: { consent: 'engagement.broker.error.consent' } });

		valueOf(await setAdviceConsent(asks, { wantsAdvice: false }));
		expect(await names(office)).toEqual([]);
		expect(await showAdviceRequest(office, { accountId: volunteer.accountId })).toEqual({ ok: false, error: 'not_found' });
		expect(await suggestOpportunity(office, { accountId: volunteer.accountId, opportunityId })).toEqual({ ok: false, error: 'not_found' });
		expect(valueOf(await listMySuggestions(asks)).advice).toBeNull();
		const kept = await env().db.select().from(consultations).where(eq(consultations.accountId, volunteer.accountId));
		expect(kept.map((c) => [c.heldOn, c.topic, c.note])).toEqual([['2026-01-05', '', '']]);

		// Asking again brings the person back.
		valueOf(await setAdviceConsent(asks, { wantsAdvice: true, consent: true }));
		expect(await names(office)).toEqual([volunteer.email]);
	});

	it('"Meine Daten" shows the consultations and suggestions about the person; deleting an account erases them', async () => {
		const { tenant, volunteer, coordinator, office, opportunityId } = await town();
		valueOf(await logConsultation(office, { accountId: volunteer.accountId, heldOn: '2026-01-05', topic: 'Erstgespräch' }));
		valueOf(await suggestOpportunity(office, { accountId: volunteer.accountId, opportunityId }));
		const exported = await exportPersonalData(env().db, await identifyPerson(env().db, personOf(tenant, volunteer)));
		expect(exported['engagement.brokering']).toMatchObject({ consultations: [{ heldOn: '2026-01-05', topic: 'Erstgespräch' }], suggestions: [{ opportunity: 'Lesepatenschaft', status: 'open' }] });

		// The coordinator's deletion leaves her entries without her; the volunteer's deletes them.
		await erasePersonalData(env().db, await identifyPerson(env().db, personOf(tenant, coordinator)));
		expect((await env().db.select().from(consultations).where(eq(consultations.accountId, volunteer.accountId))).map((c) => c.authorId)).toEqual([null]);
		expect((await env().db.select().from(suggestions).where(eq(suggestions.accountId, volunteer.accountId))).map((s) => s.suggestedBy)).toEqual([null]);
		await erasePersonalData(env().db, await identifyPerson(env().db, personOf(tenant, volunteer)));
		expect(await env().db.select().from(consultations).where(eq(consultations.accountId, volunteer.accountId))).toEqual([]);
		expect(await env().db.select().from(suggestions).where(eq(suggestions.accountId, volunteer.accountId))).toEqual([]);
	});
});

const personOf = (tenant: Tenant, account: { accountId: string; email: string }) => ({
	tenantId: tenant.id,
	accountId: account.accountId,
	email: account.email,
	displayName: 'Test Person',
	locale: 'de' as const
});
