import { expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sendDocument } from './cached-document';

const document = { body: '{"type":"FeatureCollection","features":[]}', etag: '"directory-7-de"', gzipped: async () => gzipSync(document.body) };
const headers = { 'content-type': 'application/geo+json', vary: 'accept-language' };

it('sends the text, its validator and what the answer varies by', async () => {
	const response = await sendDocument(new Request('http://x/a'), document, headers);
	expect(response.status).toBe(200);
	expect(await response.text()).toBe(document.body);
	expect(response.headers.get('etag')).toBe('"directory-7-de"');
	expect(response.headers.get('vary')).toBe('accept-language, accept-encoding');
});

it('answers 304 without a body when the client holds the same version', async () => {
	const response = await sendDocument(new Request('http://x/a', { headers: { 'if-none-match': 'W/"x", "directory-7-de"' } }), document, headers);
	expect(response.status).toBe(304);
	expect(await response.text()).toBe('');
	const older = await sendDocument(new Request('http://x/a', { headers: { 'if-none-match': '"directory-6-de"' } }), document, headers);
	expect(older.status).toBe(200);
});

it('sends the compressed form only to clients that accept gzip', async () => {
	const zipped = await sendDocument(new Request('http://x/a', { headers: { 'accept-encoding': 'br, gzip' } }), document, headers);
	expect(zipped.headers.get('content-encoding')).toBe('gzip');
	expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(document.body);
	const plain = await sendDocument(new Request('http://x/a', { headers: { 'accept-encoding': 'identity' } }), { body: 'x' }, headers);
	expect(plain.headers.get('content-encoding')).toBeNull();
	expect(plain.headers.get('etag')).toBeNull();
	expect(await plain.text()).toBe('x');
});
