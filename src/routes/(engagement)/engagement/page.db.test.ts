import { expect, it } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import { describeOnDatabases } from '$lib/server/testing/databases';
import type { Ctx } from '$lib/server/core/context';
import { publishOpportunity, testTown } from '$lib/server/modules/engagement/search/test-opportunities';
import { actions, load } from './+page.server';

const BASE = 'https://engagement.example';
const loadAt = async (ctx: Ctx, search: string) =>
	(await load({ locals: { ctx, locale: 'de' }, url: new URL(`${BASE}/engagement${search}`) } as never)) as Exclude<Awaited<ReturnType<typeof load>>, void>;

describeOnDatabases('the search page', (env) => {
	it('drops empty fields from the address, reads what it can and searches', async () => {
		const tenant = await env().tenant();
		const organisationId = await env().organisation(tenant, { name: 'Jugendtreff' });
		const town = await testTown(env().db, tenant, organisationId, { districts: {}, places: { Treff: {} } });
		await publishOpportunity(env().db, town, { title: 'Hausaufgabenhilfe im Treff', placeNames: ['Treff'], forYouth14: true });
		const ctx = env().ctx(tenant);
		try {
			await loadAt(ctx, '?q=Hausaufgaben&category=&online=');
			expect.unreachable();
		} catch (e) {
			expect(isRedirect(e) && e.location).toBe('/engagement?q=Hausaufgaben');
		}
		// A radius out of range in an old link is left out, not an error page.
		const page = await loadAt(ctx, '?q=Hausaufgaben&radius_km=999&sort=nonsense');
		expect(page.query).toMatchObject({ q: 'Hausaufgaben', radius_km: undefined, sort: undefined });
		expect(page.answer.items.map((i: { title: string }) => i.title)).toEqual(['Hausaufgabenhilfe im Treff']);
		const empty = await loadAt(ctx, '?q=Hausaufgaben&commitment=once');
		expect(empty.answer.total).toBe(0);
		expect(empty.answer.widen).toEqual([{ drop: 'commitment', total: 1 }]);
	});

	it('saves the search as the page shows it', async () => {
		const tenant = await env().tenant();
		const person = await env().account(tenant);
		const body = new URLSearchParams({ search: 'q=Garten&youth=1', frequency: 'daily' });
		const result = await actions.speichern({
			request: new Request(`${BASE}/engagement?/speichern`, { method: 'POST', body }),
			locals: { ctx: env().ctx(tenant, person.actor), locale: 'de' }
		} as never);
		expect(result).toEqual({ saved: 'account', savedEmail: person.email });
		const guest = await actions.speichern({
			request: new Request(`${BASE}/engagement?/speichern`, { method: 'POST', body: new URLSearchParams({ search: 'q=Garten', frequency: 'daily', email: 'kein-at' }) }),
			locals: { ctx: env().ctx(tenant), locale: 'de' }
		} as never);
		expect(guest).toMatchObject({ status: 400, data: { fields: { email: 'error.email' }, email: 'kein-at', frequency: 'daily' } });
	});
});
