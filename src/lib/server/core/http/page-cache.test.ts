import { beforeEach, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ChangeFeed } from '../changes';
import { chooseEncoding, compressAnswer, keepableRequest, keepForVisitors, PageCache, type KeepableRequest } from './page-cache';

const TOWN = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const page = (text = 'Hallo '.repeat(200), init: ResponseInit = {}) =>
	new Response(`<!doctype html><p>${text}</p>`, { status: 200, headers: { 'content-type': 'text/html', ...(init.headers ?? {}) }, ...init });

let feed: ChangeFeed;
let cache: PageCache;
let renders: number;

beforeEach(() => {
	feed = new ChangeFeed();
	feed.setListening(true);
	cache = new PageCache({ feed, maxBytes: 1 << 20 });
	renders = 0;
});

const visit = (path: string, headers: Record<string, string> = {}, options: { tenantId?: string; variant?: string; sessionCookie?: boolean; method?: string } = {}) =>
	keepableRequest(new Request(`http://lindwerder.example${path}`, { method: options.method ?? 'GET', headers }), {
		tenantId: options.tenantId ?? TOWN,
		variant: options.variant ?? 'de lindwerder.example',
		sessionCookie: options.sessionCookie ?? false
	});

/** What the request hook does: the kept answer, else render, keep under what was seen before, and answer. */
async function get(keepable: KeepableRequest, topics: string[] | undefined = ['tenant', 'directory'], render = () => page(`Fassung ${renders} ${'Hallo '.repeat(200)}`)) {
	const kept = await cache.serve(keepable);
	if (kept) return kept;
	const snapshot = cache.snapshot(keepable.tenantId);
	renders++;
	return cache.keep(keepable, snapshot, topics, render());
}

describe('which requests and answers are kept', () => {
	it('takes only visitors’ GETs: no session cookie, no Authorization, no other method', () => {
		expect(visit('/')).not.toBeNull();
		expect(visit('/', {}, { sessionCookie: true })).toBeNull();
		expect(visit('/', { authorization: 'Bearer abc' })).toBeNull();
		expect(visit('/', {}, { method: 'POST' })).toBeNull();
		expect(visit('/', {}, { method: 'HEAD' })).toBeNull();
	});

	it('sends the second visitor what the first one got, without rendering again', async () => {
		const first = await get(visit('/netzwerk/organisationen')!);
		const second = await get(visit('/netzwerk/organisationen')!);
		expect(renders).toBe(1);
		expect(await second.text()).toBe(await first.text());
		expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
		expect(second.headers.get('cache-control')).toBe('no-cache');
	});

	it('keeps apart what differs in town, language, host name, path or query', async () => {
		await get(visit('/a')!);
		await get(visit('/a', {}, { tenantId: OTHER })!);
		await get(visit('/a', {}, { variant: 'en lindwerder.example' })!);
		await get(visit('/a', {}, { variant: 'de other.example' })!);
		await get(visit('/b')!);
		await get(visit('/a?seite=2')!);
		expect(renders).toBe(6);
		await get(visit('/a?seite=2')!);
		expect(renders).toBe(6);
	});

	it('never keeps what the route did not declare', async () => {
		const locals = {} as App.Locals; // the page's load did not call keepForVisitors
		for (let i = 0; i < 2; i++) {
			const keepable = visit('/impressum')!;
			expect(await cache.serve(keepable)).toBeNull();
			const answer = await cache.keep(keepable, cache.snapshot(TOWN), locals.keptUntil, page());
			expect(answer.headers.get('etag')).toBeNull();
		}
		expect(cache.size).toBe(0);
	});

	it('never keeps answers that set a cookie, are not 200, are private or already encoded', async () => {
		const answers = [
			() => page('x', { headers: { 'set-cookie': 'gw_lang=en' } }),
			() => page('x', { status: 404 }),
			() => new Response(null, { status: 303, headers: { location: '/anmelden' } }),
			() => page('x', { headers: { 'cache-control': 'private, no-store' } }),
			() => new Response('xx', { headers: { 'content-encoding': 'gzip' } })
		];
		for (const [index, answer] of answers.entries()) {
			await get(visit(`/p${index}`)!, ['tenant'], answer);
			await get(visit(`/p${index}`)!, ['tenant'], answer);
		}
		expect(renders).toBe(answers.length * 2);
		expect(cache.size).toBe(0);
	});

	it('keeps a visitor’s __data.json although SvelteKit marks every data answer private', async () => {
		const data = () => new Response('{"type":"data","nodes":[]}', { headers: { 'content-type': 'application/json', 'cache-control': 'private, no-store' } });
		const keepable = keepableRequest(new Request('http://x/netzwerk/__data.json'), { tenantId: TOWN, variant: 'de', sessionCookie: false, dataRequest: true })!;
		await cache.keep(keepable, cache.snapshot(TOWN), ['tenant'], data());
		const kept = await cache.serve(keepable);
		expect(kept?.headers.get('cache-control')).toBe('no-cache');
		await get(visit('/netzwerk/private')!, ['tenant'], data);
		await get(visit('/netzwerk/private')!, ['tenant'], data);
		expect(renders).toBe(2);
	});

	it('keeps nothing while the database’s changes are not heard', async () => {
		feed.setListening(false);
		await get(visit('/a')!);
		await get(visit('/a')!);
		expect(renders).toBe(2);
	});
});

describe('until what it was built from changes', () => {
	it('builds again after a change of a topic the page read, not of another topic or town', async () => {
		await get(visit('/a')!);
		feed.changed(TOWN, 'calendar');
		feed.changed(OTHER, 'directory');
		await get(visit('/a')!);
		expect(renders).toBe(1);
		feed.changed(TOWN, 'directory');
		const fresh = await get(visit('/a')!);
		expect(renders).toBe(2);
		expect(await fresh.text()).toContain('Fassung 2');
	});

	it('counts the town’s settings for every kept page', async () => {
		const locals = {} as App.Locals;
		keepForVisitors(locals);
		expect(locals.keptUntil).toEqual(['tenant']);
		keepForVisitors(locals, 'directory');
		expect(locals.keptUntil).toEqual(['tenant', 'directory']);
		await get(visit('/')!, locals.keptUntil);
		feed.changed(TOWN, 'tenant');
		await get(visit('/')!, locals.keptUntil);
		expect(renders).toBe(2);
	});

	it('does not keep an answer under a state older than a change heard while it was built', async () => {
		const keepable = visit('/a')!;
		const snapshot = cache.snapshot(TOWN);
		feed.changed(TOWN, 'directory'); // committed while the page read
		await cache.keep(keepable, snapshot, ['tenant', 'directory'], page('old'));
		expect(await cache.serve(visit('/a')!)).toBeNull();
	});

	it('builds again after five minutes at the latest: some pages say what time alone makes true', async () => {
		let now = 0;
		cache = new PageCache({ feed, maxBytes: 1 << 20, now: () => now });
		await get(visit('/a')!);
		now = 5 * 60_000;
		await get(visit('/a')!);
		expect(renders).toBe(1);
		now += 1;
		await get(visit('/a')!);
		expect(renders).toBe(2);
	});

	it('forgets everything when changes may have been missed', async () => {
		await get(visit('/a')!);
		feed.setListening(false);
		feed.setListening(true);
		await get(visit('/a')!);
		expect(renders).toBe(2);
	});
});

describe('bounded in bytes', () => {
	it('drops the least recently sent answers first', async () => {
		cache = new PageCache({ feed, maxBytes: 3000 });
		const text = () => page('x'.repeat(900));
		await get(visit('/1')!, ['tenant'], text);
		await get(visit('/2')!, ['tenant'], text);
		await get(visit('/3')!, ['tenant'], text);
		await get(visit('/1')!, ['tenant'], text); // /1 is now the most recent
		await get(visit('/4')!, ['tenant'], text); // pushes out /2
		expect(renders).toBe(4);
		expect(cache.bytes).toBeLessThanOrEqual(3000);
		await get(visit('/1')!, ['tenant'], text);
		await get(visit('/3')!, ['tenant'], text);
		expect(renders).toBe(4);
		await get(visit('/2')!, ['tenant'], text);
		expect(renders).toBe(5);
	});

	it('counts the compressed forms too', async () => {
		await get(visit('/a')!);
		const plain = cache.bytes;
		await get(visit('/a', { 'accept-encoding': 'br' })!);
		await new Promise((r) => setTimeout(r, 0));
		expect(cache.bytes).toBeGreaterThan(plain);
	});
});

describe('validators and compression', () => {
	it('answers 304 to the ETag it sent, with the headers but no body', async () => {
		const first = await get(visit('/a')!);
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
		const again = await get(visit('/a', { 'if-none-match': `"other", W/${etag}` })!);
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(again.headers.get('etag')).toBe(etag);
		expect(again.headers.get('cache-control')).toBe('no-cache');
		expect((await get(visit('/a', { 'if-none-match': '"other"' })!)).status).toBe(200);
	});

	it('sends a new ETag once the page is built from new data', async () => {
		const before = (await get(visit('/a')!)).headers.get('etag');
		feed.changed(TOWN, 'directory');
		const after = await get(visit('/a', { 'if-none-match': before! })!);
		expect(after.status).toBe(200);
		expect(after.headers.get('etag')).not.toBe(before);
	});

	it('sends brotli or gzip as accepted, compressed once', async () => {
		const plain = await (await get(visit('/a')!)).text();
		const br = await get(visit('/a', { 'accept-encoding': 'gzip, deflate, br' })!);
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toContain('accept-encoding');
		expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(plain);
		const gz = await get(visit('/a', { 'accept-encoding': 'gzip' })!);
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(plain);
		expect(renders).toBe(1);
	});

	it('reads Accept-Encoding with its weights', () => {
		expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
		expect(chooseEncoding('gzip;q=0.0')).toBe('identity');
		expect(chooseEncoding(null)).toBe('identity');
		expect(chooseEncoding('deflate, br;q=0.5')).toBe('br');
	});

	it('compresses answers nobody keeps, and leaves small or binary ones alone', async () => {
		const request = new Request('http://x/mein-bereich', { headers: { 'accept-encoding': 'br' } });
		const big = await compressAnswer(request, page());
		expect(big.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(Buffer.from(await big.arrayBuffer())).toString()).toContain('Hallo');
		expect((await compressAnswer(request, page('x'))).headers.get('content-encoding')).toBeNull();
		const png = new Response(new Uint8Array(2000), { headers: { 'content-type': 'image/png' } });
		expect((await compressAnswer(request, png)).headers.get('content-encoding')).toBeNull();
	});
});
