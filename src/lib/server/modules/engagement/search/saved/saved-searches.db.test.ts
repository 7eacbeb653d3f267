import { beforeAll, expect, it } from 'vitest';
import { and, eq, like, sql } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import type { Tenant } from '$lib/server/core/tenants';
import { mails } from '$lib/server/core/mail/schema';
import { savedSearches } from '../../schema';
import { publishOpportunity, testTown, type TestTown } from '../test-opportunities';
import { saveSearch } from './save-search';
import { confirmSavedSearch, describeSavedSearchLink, stopSavedSearch } from './links';
import { deleteMySavedSearch, listMySavedSearches } from './my-saved-searches';
import { sendSavedSearches } from './send-saved-searches';

describeOnDatabases('saved searches (Suchaufträge)', (env) => {
	let tenant: Tenant;
	let town: TestTown;
	beforeAll(async () => {
		tenant = await env().tenant({ name: 'Suchstadt' });
		const organisationId = await env().organisation(tenant, { name: 'Lernwerkstatt Suchstadt' });
		town = await testTown(env().db, tenant, organisationId, { districts: { mitte: 'Mitte' }, places: { Schule: { district: 'mitte', lat: 54.5, lng: 9.5 } } });
	});

	const mailsTo = (address: string, template: string) =>
		env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.toAddress, address), eq(mails.template, template)))
			.orderBy(mails.createdAt);
	const tokenIn = (text: string, path: string) => new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(text)?.[1] ?? '';
	/** Makes a saved search due, as if its last mail went out days ago. */
	const lastSent = (id: string, daysAgo: number) =>
		env()
			.db.update(savedSearches)
			.set({ lastSentAt: sql`now() - make_interval(days => ${daysAgo})` })
			.where(eq(savedSearches.id, id));

	it('a guest confirms the address first; then new matches come by mail, each with a one-click stop link', async () => {
		const email = 'gast.suche@example.org';
		const saved = valueOf(await saveSearch(env().ctx(tenant), { query: { q: 'Hausaufgaben', district: 'mitte', page: '2' }, frequency: 'daily', email: ' Gast.Suche@Example.org ' }));
		expect(saved).toMatchObject({ confirmed: false, email });
		const [row] = await env().db.select().from(savedSearches).where(eq(savedSearches.id, saved.id!));
		// Paging is no part of a search to be told about.
		expect(row.query).toEqual({ q: 'Hausaufgaben', district: 'mitte' });
		expect(row.confirmedAt).toBeNull();

		const [confirmMail] = await mailsTo(email, 'engagement_saved_search_confirm');
		expect(confirmMail.subject).toContain('„Hausaufgaben“ · Mitte');
		const confirm = tokenIn(confirmMail.textBody, '/engagement/suchauftrag/bestaetigen');
		expect(valueOf(await describeSavedSearchLink(env().ctx(tenant), { token: confirm, link: 'confirm' }))).toMatchObject({ search: '„Hausaufgaben“ · Mitte', frequency: 'daily' });

		// Unconfirmed, nothing is sent, however much is new.
		await publishOpportunity(env().db, town, { title: 'Hausaufgabenhilfe Grundschule', fieldSlugs: ['bildung'], placeNames: ['Schule'], publishedAt: new Date(Date.now() - 2 * 86_400_000) });
		await lastSent(saved.id!, 3);
		await sendSavedSearches(env().db);
		expect(await mailsTo(email, 'engagement_saved_search')).toEqual([]);

		expect(valueOf(await confirmSavedSearch(env().ctx(tenant), { token: confirm }))).toEqual({ frequency: 'daily' });
		expect(await confirmSavedSearch(env().ctx(tenant), { token: confirm })).toMatchObject({ ok: false, error: 'invalid_token' });

		// Confirming starts the search: only what is published after that is new.
		await publishOpportunity(env().db, town, { title: 'Hausaufgabenhilfe am Nachmittag', placeNames: ['Schule'], publishedAt: new Date(Date.now() + 60_000) });
		await publishOpportunity(env().db, town, { title: 'Chorprobe begleiten', placeNames: ['Schule'], publishedAt: new Date(Date.now() + 60_000) });
		await sendSavedSearches(env().db);
		expect(await mailsTo(email, 'engagement_saved_search')).toEqual([]);
		await env()
			.db.update(savedSearches)
			.set({ lastSentAt: sql`now() - interval '1 day'` })
			.where(eq(savedSearches.id, saved.id!));
		await sendSavedSearches(env().db);
		const [matchMail] = await mailsTo(email, 'engagement_saved_search');
		expect(matchMail.textBody).toContain('Hausaufgabenhilfe am Nachmittag – Lernwerkstatt Suchstadt (Mitte)');
		expect(matchMail.textBody).not.toContain('Hausaufgabenhilfe Grundschule');
		expect(matchMail.textBody).not.toContain('Chorprobe');
		expect(matchMail.textBody).toContain('/engagement?q=Hausaufgaben&district=mitte');
		// The shared notifications' unsubscribe (RFC 8058) comes with it.
		expect(matchMail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

		// Sent once: not again until the next day, and not without new matches.
		await sendSavedSearches(env().db);
		expect(await mailsTo(email, 'engagement_saved_search')).toHaveLength(1);

		const stop = tokenIn(matchMail.textBody, '/engagement/suchauftrag/abbestellen');
		expect(valueOf(await describeSavedSearchLink(env().ctx(tenant), { token: stop, link: 'stop' })).search).toBe('„Hausaufgaben“ · Mitte');
		expect(await describeSavedSearchLink(env().ctx(tenant), { token: stop, link: 'confirm' })).toMatchObject({ ok: false, error: 'invalid_token' });
		valueOf(await stopSavedSearch(env().ctx(tenant), { token: stop }));
		expect(await env().db.select().from(savedSearches).where(eq(savedSearches.id, saved.id!))).toEqual([]);
		expect(await stopSavedSearch(env().ctx(tenant), { token: stop })).toMatchObject({ ok: false, error: 'invalid_token' });
	});

	it('a weekly search waits a week', async () => {
		const email = 'woche@example.org';
		const saved = valueOf(await saveSearch(env().ctx(tenant), { query: { q: 'Lesen' }, frequency: 'weekly', email }));
		const [confirmMail] = await mailsTo(email, 'engagement_saved_search_confirm');
		valueOf(await confirmSavedSearch(env().ctx(tenant), { token: tokenIn(confirmMail.textBody, '/engagement/suchauftrag/bestaetigen') }));
		await publishOpportunity(env().db, town, { title: 'Lesepaten gesucht', placeNames: ['Schule'], publishedAt: new Date(Date.now() + 60_000) });
		await lastSent(saved.id!, 3);
		await sendSavedSearches(env().db);
		expect(await mailsTo(email, 'engagement_saved_search')).toEqual([]);
		await lastSent(saved.id!, 7);
		await sendSavedSearches(env().db);
		expect((await mailsTo(email, 'engagement_saved_search'))[0].textBody).toContain('Lesepaten gesucht');
	});

	it('a signed-in person saves for the account at once, lists and deletes; nobody else can delete it', async () => {
		const person = await env().account(tenant);
		const other = await env().account(tenant);
		const saved = valueOf(await saveSearch(env().ctx(tenant, person.actor), { query: { category: 'bildung', youth: '1' }, frequency: 'weekly', email: 'ignored@example.org' }));
		expect(saved).toMatchObject({ confirmed: true, email: person.email });
		expect(await mailsTo(person.email, 'engagement_saved_search_confirm')).toEqual([]);
		const list = valueOf(await listMySavedSearches(env().ctx(tenant, person.actor)));
		expect(list).toEqual([expect.objectContaining({ id: saved.id, search: 'Bildung · Für Jugendliche ab 14', query: { category: 'bildung', youth: '1' }, confirmed: true })]);
		expect(valueOf(await listMySavedSearches(env().ctx(tenant, other.actor)))).toEqual([]);
		expect(await deleteMySavedSearch(env().ctx(tenant, other.actor), { savedSearchId: saved.id })).toMatchObject({ ok: false, error: 'not_found' });
		expect(await listMySavedSearches(env().ctx(tenant))).toMatchObject({ ok: false, error: 'forbidden' });
		valueOf(await deleteMySavedSearch(env().ctx(tenant, person.actor), { savedSearchId: saved.id }));
		expect(valueOf(await listMySavedSearches(env().ctx(tenant, person.actor)))).toEqual([]);
	});

	it('refuses a search it cannot read, a guest without address, and more than 20 searches', async () => {
		expect(await saveSearch(env().ctx(tenant), { query: { commitment: 'sometimes' }, frequency: 'daily', email: 'x@example.org' })).toMatchObject({ ok: false, fields: { query: 'error.invalid' } });
		expect(await saveSearch(env().ctx(tenant), { query: {}, frequency: 'daily' })).toMatchObject({ ok: false, fields: { email: 'error.required' } });
		expect(await saveSearch(env().ctx(tenant), { query: {}, frequency: 'hourly', email: 'x@example.org' })).toMatchObject({ ok: false, fields: { frequency: 'error.choose_one' } });
		const person = await env().account(tenant);
		for (let i = 0; i < 20; i++) valueOf(await saveSearch(env().ctx(tenant, person.actor), { query: { q: `Wort${i}` }, frequency: 'daily' }));
		expect(await saveSearch(env().ctx(tenant, person.actor), { query: {}, frequency: 'daily' })).toMatchObject({ ok: false, fields: { frequency: 'esearch.error.saved_limit' } });
	});

	it('sends a guest at most three confirmation mails a day', async () => {
		const email = 'viele@example.org';
		for (let i = 0; i < 5; i++) valueOf(await saveSearch(env().ctx(tenant), { query: { q: `Suche${i}` }, frequency: 'daily', email }));
		expect(await mailsTo(email, 'engagement_saved_search_confirm')).toHaveLength(3);
		expect(
			await env()
				.db.select()
				.from(savedSearches)
				.where(and(eq(savedSearches.email, email), like(savedSearches.email, '%viele%')))
		).toHaveLength(3);
	});
});
