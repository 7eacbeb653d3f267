import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import type { Ctx } from '$lib/server/core/context';
import { ZApiOpportunityDetail, ZApiOpportunityPage } from '$lib/server/modules/engagement/search/api';
import { publishOpportunity, testTown } from '$lib/server/modules/engagement/search/test-opportunities';
import { GET as list, fallback as listOtherMethods } from './+server';
import { GET as one } from './[id=uuid]/+server';

/** Just what the handlers read from a request event. */
function event(ctx: Ctx, path: string, params: Record<string, string> = {}, language = 'de', method = 'GET') {
	const url = new URL(`https://engagement.example/api/v1${path}`);
	return { url, params, request: new Request(url, { method, headers: { 'accept-language': language } }), locals: { ctx, locale: ctx.locale } } as never;
}

describeOnDatabases('opportunities API', (env) => {
	let ctx: Ctx;
	const ids: Record<string, string> = {};
	beforeAll(async () => {
		const tenant = await env().tenant();
		const organisationId = await env().organisation(tenant, { name: 'Tafel am Deich' });
		const town = await testTown(env().db, tenant, organisationId, { districts: { hafen: 'Hafen' }, places: { Ausgabe: { district: 'hafen', lat: 54.51, lng: 9.52 } } });
		ids.sorting = await publishOpportunity(env().db, town, {
			title: 'Lebensmittel sortieren',
			tasks: 'Spenden sortieren',
			fieldSlugs: ['soziales'],
			placeNames: ['Ausgabe'],
			commitment: 'spontaneous'
		});
		ids.phone = await publishOpportunity(env().db, town, {
			title: 'Telefonpatenschaft',
			tasks: 'Mit älteren Menschen telefonieren',
			online: true,
			targetGroups: ['seniors'],
			publishedAt: new Date(Date.now() - 60_000)
		});
		ids.draft = await publishOpportunity(env().db, town, { title: 'Entwurf', status: 'draft' });
		ctx = env().ctx(tenant);
	});

	it('answers {items, total, facets} in the documented shape, places with positions or online', async () => {
		const response = await list(event(ctx, '/opportunities'));
		expect(response.status).toBe(200);
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		const body = await response.json();
		expect(ZApiOpportunityPage.safeParse(body).success).toBe(true);
		expect(body).toMatchObject({ total: 2, page: 1, per_page: 20, sort: 'newest' });
		const [sorting, phone] = body.items;
		expect(sorting).toMatchObject({
			id: ids.sorting,
			url: `${ctx.baseUrl}/engagement/${ids.sorting}`,
			organisation: { name: 'Tafel am Deich' },
			commitment: 'spontaneous',
			fields: [{ slug: 'soziales', name: 'Soziales' }],
			places: [{ name: 'Ausgabe', district: 'Hafen', lat: 54.51, lng: 9.52 }]
		});
		expect(sorting).not.toHaveProperty('distance_km');
		expect(phone.places).toEqual([{ online: true }]);
		expect(body.facets.online).toBe(1);
		expect(body.facets.commitment).toEqual(expect.arrayContaining([{ value: 'spontaneous', count: 1 }]));
	});

	it('gives distance_km with near, null for an online one', async () => {
		const body = await (await list(event(ctx, '/opportunities?near=54.5,9.5&radius_km=5'))).json();
		expect(body.sort).toBe('distance');
		expect(body.items.map((i: { id: string }) => i.id)).toEqual([ids.sorting, ids.phone]);
		expect(body.items[0].distance_km).toBeCloseTo(1.7, 0);
		expect(body.items[1].distance_km).toBeNull();
	});

	it('filters and pages with the page parameters', async () => {
		expect((await (await list(event(ctx, '/opportunities?q=telefonieren'))).json()).items.map((i: { id: string }) => i.id)).toEqual([ids.phone]);
		expect((await (await list(event(ctx, '/opportunities?target_group=seniors&online=1'))).json()).total).toBe(1);
		const second = await (await list(event(ctx, '/opportunities?per_page=1&page=2'))).json();
		expect(second).toMatchObject({ total: 2, page: 2, per_page: 1 });
		expect(second.items.map((i: { id: string }) => i.id)).toEqual([ids.phone]);
	});

	it('refuses bad parameters in the API error format, in the language asked for', async () => {
		const response = await list(event(ctx, '/opportunities?radius_km=1000&per_page=0&commitment=sometimes', {}, 'en'));
		expect(response.status).toBe(400);
		const body = await response.json();
		expect(body.error.code).toBe('invalid');
		expect(Object.keys(body.error.fields).sort()).toEqual(['commitment', 'per_page', 'radius_km']);
		expect(body.error.fields.radius_km).toBe('Please choose a radius from 0.5 to 100 km.');
		expect((await listOtherMethods(event(ctx, '/opportunities', {}, 'de', 'POST'))).status).toBe(405);
	});

	it('shows one published opportunity; a draft or an unknown id is not found', async () => {
		const response = await one(event(ctx, `/opportunities/${ids.phone}`, { id: ids.phone }));
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(ZApiOpportunityDetail.safeParse(body).success).toBe(true);
		expect(body).toMatchObject({ title: 'Telefonpatenschaft', tasks: 'Mit älteren Menschen telefonieren', target_groups: ['seniors'], online: true });
		for (const id of [ids.draft, '6f1f1c2e-0000-4000-8000-000000000000']) {
			const missing = await one(event(ctx, `/opportunities/${id}`, { id }));
			expect(missing.status).toBe(404);
			expect((await missing.json()).error.code).toBe('not_found');
		}
	});
});
