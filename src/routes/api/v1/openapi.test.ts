import { expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import '$lib/server/registry';
import { documentedOperations, openApiDocument } from '$lib/server/core/api/openapi';

it('describes every endpoint with schemas from the zod contracts', () => {
	const doc = openApiDocument('https://engagement.example/api/v1');
	expect(doc.openapi).toBe('3.1.0');
	expect(Object.keys(doc.paths).sort()).toEqual(['/me', '/opportunities', '/opportunities/{id}', '/organisations', '/organisations/{id}', '/places.geojson', '/sessions', '/sessions/current']);
	const signIn = doc.paths['/sessions'].post as {
		requestBody: { content: { 'application/json': { schema: { required: string[]; properties: Record<string, unknown> } } } };
		responses: Record<string, unknown>;
	};
	expect(signIn.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
	expect(Object.keys(signIn.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '429']));
	expect(JSON.stringify(doc.paths['/me'])).toContain('"roles"');
});

type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> };
type Get = { security: unknown[]; parameters: Parameter[]; responses: Record<string, { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }> };

it('describes the open directory API with its filters, paging and response shapes', () => {
	const doc = openApiDocument('https://engagement.example/api/v1');
	const list = doc.paths['/organisations'].get as Get;
	expect(list.security).toEqual([]);
	expect(list.parameters.map((p) => p.name)).toEqual(['q', 'art', 'feld', 'stadtteil', 'zielgruppe', 'sprache', 'barrierefrei', 'netzwerk', 'buchstabe', 'plz', 'nahe', 'page', 'pageSize']);
	expect(list.parameters.every((p) => p.in === 'query' && !p.required && p.description)).toBe(true);
	expect(list.parameters.find((p) => p.name === 'pageSize')!.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
	const page = list.responses['200'].content!['application/json'].schema;
	expect(Object.keys(page.properties!)).toEqual(['items', 'page', 'pageSize', 'total', 'license']);
	expect(Object.keys((page.properties!.license as { properties: object }).properties)).toEqual(['id', 'name', 'url', 'attributionRequired', 'attribution']);
	expect(JSON.stringify(page)).not.toMatch(/createdBy|mergedIntoId|staleReminderSentAt|contactPublic/);
	expect(Object.keys(list.responses)).toEqual(['200', '400']);

	const one = doc.paths['/organisations/{id}'].get as Get;
	expect(one.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
	expect(Object.keys(one.responses)).toEqual(['200', '404']);

	const geo = doc.paths['/places.geojson'].get as Get;
	expect(geo.parameters.map((p) => p.name)).not.toContain('page');
	expect(Object.keys(geo.responses['200'].content!)).toEqual(['application/geo+json']);
});

/** Every `+server.ts` under routes/api/v1 with the path it serves (route groups left out) and the methods it exports. */
function servedOperations() {
	const root = join(process.cwd(), 'src/routes/api/v1');
	const found: { method: string; path: string }[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name === '+server.ts') {
				const path = ('/' + relative(root, dir))
					.split('/')
					.filter((segment) => !/^\(.*\)$/.test(segment))
					.join('/')
					.replace(/\[(\w+)(=\w+)?\]/g, '{$1}');
				const methods = [...readFileSync(full, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1].toLowerCase());
				for (const method of methods) found.push({ method, path: path === '' ? '/' : path });
			}
		}
	};
	walk(root);
	return found;
}

it('documents every endpoint under /api/v1, and every documented endpoint exists', () => {
	// The document itself and the catch-all that answers unknown paths with a 404 are not endpoints of their own.
	const served = servedOperations().filter((op) => op.path !== '/openapi.json' && !op.path.includes('[...'));
	const key = (op: { method: string; path: string }) => `${op.method} ${op.path}`;
	expect(served.length).toBeGreaterThan(5);
	expect(served.map(key).sort()).toEqual(documentedOperations().map(key).sort());
});
