import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import type { Ctx } from '$lib/server/core/context';
import { places } from '$lib/server/modules/directory/schema';
import { GET as list } from './+server';
import { GET as one } from './[id=uuid]/+server';
import { GET as geojson } from '../places.geojson/+server';
import { fallback as unknownPath } from '../../[...rest]/+server';
import { fallback as listOtherMethods } from './+server';

/** Just what the handlers read from a request event. */
function event(ctx: Ctx, path: string, params: Record<string, string> = {}, language = 'de') {
	const url = new URL(`https://engagement.example/api/v1${path}`);
	return { url, params, request: new Request(url, { headers: { 'accept-language': language } }), locals: { ctx, locale: ctx.locale } } as never;
}

describeOnDatabases('directory API', (env) => {
	async function town() {
		const tenant = await env().tenant();
		const ids: string[] = [];
		for (const name of ['Anglerverein', 'Bürgerstiftung', 'Chor am Deich', 'Deichläufer', 'Elternini']) ids.push(await env().organisation(tenant, { name }));
		await env().organisation(tenant, { name: 'Fremdenverkehr', status: 'proposed' });
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: ids[2], name: 'Probenraum', lat: 54.5, lng: 9.5 });
		return { ctx: env().ctx(tenant), ids };
	}

	it('pages through published organisations', async () => {
		const { ctx } = await town();
		const first = await (await list(event(ctx, '/organisations?pageSize=2'))).json();
		expect(first).toMatchObject({ page: 1, pageSize: 2, total: 5 });
		expect(first.items.map((o: { name: string }) => o.name)).toEqual(['Anglerverein', 'Bürgerstiftung']);
		const last = await (await list(event(ctx, '/organisations?pageSize=2&page=3'))).json();
		expect(last.items.map((o: { name: string }) => o.name)).toEqual(['Elternini']);
		const beyond = await (await list(event(ctx, '/organisations?pageSize=2&page=4'))).json();
		expect(beyond).toMatchObject({ items: [], total: 5 });
		const standard = await (await list(event(ctx, '/organisations'))).json();
		expect(standard).toMatchObject({ page: 1, pageSize: 20, total: 5 });
		const filtered = await (await list(event(ctx, '/organisations?q=Chor'))).json();
		expect(filtered.items.map((o: { name: string }) => o.name)).toEqual(['Chor am Deich']);
	});

	it('refuses page sizes over 100 in the error format, in the asked language', async () => {
		const { ctx } = await town();
		const response = await list(event(ctx, '/organisations?pageSize=500', {}, 'en'));
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({
			error: { code: 'invalid', message: 'Please check the marked entries.', fields: { pageSize: 'The page size must be a whole number from 1 to 100.' } }
		});
		expect((await list(event(ctx, '/organisations?page=0'))).status).toBe(400);
	});

	it('refuses a filter value it does not know instead of answering the whole directory', async () => {
		const { ctx } = await town();
		for (const [answer, query] of [
			[await list(event(ctx, '/organisations?art=verein', {}, 'en')), 'art'],
			[await list(event(ctx, '/organisations?zielgruppe=alle&buchstabe=ab', {}, 'en')), 'zielgruppe'],
			[await geojson(event(ctx, '/places.geojson?barrierefrei=ja', {}, 'en')), 'barrierefrei']
		] as const) {
			expect(answer.status, query).toBe(400);
			const body = await answer.json();
			expect(body.error.code).toBe('invalid');
			expect(Object.keys(body.error.fields)).toContain(query);
		}
		expect((await list(event(ctx, '/organisations?art=club'))).status).toBe(200);
	});

	it('answers one organisation, and 404 for unknown or unpublished ones', async () => {
		const { ctx, ids } = await town();
		const found = await one(event(ctx, `/organisations/${ids[0]}`, { id: ids[0] }));
		expect(found.status).toBe(200);
		expect((await found.json()).name).toBe('Anglerverein');
		const hidden = await env().organisation(ctx.tenant, { status: 'rejected' });
		for (const id of [hidden, 'abc', '6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5c']) {
			const response = await one(event(ctx, `/organisations/${id}`, { id }));
			expect(response.status).toBe(404);
			expect((await response.json()).error.code).toBe('not_found');
		}
	});

	it('serves places as GeoJSON', async () => {
		const { ctx } = await town();
		const response = await geojson(event(ctx, '/places.geojson?art=club'));
		expect(response.headers.get('content-type')).toBe('application/geo+json');
		const doc = await response.json();
		expect(doc.type).toBe('FeatureCollection');
		expect(doc.features.map((f: { properties: { place: string } }) => f.properties.place)).toEqual(['Probenraum']);
	});

	it('answers bad queries, unknown paths and methods in the error format, never with a server error', async () => {
		const { ctx } = await town();
		const searched = await list(event(ctx, `/organisations?q=Chor${encodeURIComponent('\u0000\u0001')}&feld=%00`));
		expect(searched.status).toBe(200);
		expect((await searched.json()).items.map((o: { name: string }) => o.name)).toEqual(['Chor am Deich']);
		const places = await geojson(event(ctx, '/places.geojson?q=%00&stadtteil=%00'));
		expect(places.status).toBe(200);

		for (const query of ['page=1000000000000', 'page=%00', 'pageSize=%00', 'pageSize=1e300']) {
			const response = await list(event(ctx, `/organisations?${query}`));
			expect([response.status, response.headers.get('content-type')], query).toEqual([400, 'application/json']);
			expect((await response.json()).error.code, query).toBe('invalid');
		}

		const missing = unknownPath(event(ctx, '/organisationen/abc', { rest: 'organisationen/abc' }, 'en')) as Response;
		expect([missing.status, missing.headers.get('content-type'), await missing.json()]).toEqual([
			404,
			'application/json',
			{ error: { code: 'not_found', message: 'This page does not exist (any more).' } }
		]);
		const posted = listOtherMethods(event(ctx, '/organisations')) as Response;
		expect([posted.status, posted.headers.get('allow'), (await posted.json()).error.code]).toEqual([405, 'GET', 'method_not_allowed']);
	});
});
