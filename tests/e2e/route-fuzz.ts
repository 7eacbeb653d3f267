/**
 * Hostile requests for every route of the tree (route-tree.ts), and what every answer to them must
 * be: never a server error, and from the JSON API always its error format. Kept apart from the spec
 * so the same requests can be sent by anything that speaks Playwright's `APIRequestContext`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { dataPath, pathFor, type Route } from './route-tree';

const NUL = '\u0000';

/** A value for every field and parameter: U+0000 and another control character, no id, a page of a trillion, nothing. */
export const hostileValues = [`Chor${NUL} am\u0001 Deich`, 'not-a-uuid', '1000000000000', ''] as const;

/** The names the app reads from query strings: filters, paging, tokens, return paths. */
const queryNames = [
	'q',
	'art',
	'feld',
	'stadtteil',
	'zielgruppe',
	'sprache',
	'barrierefrei',
	'netzwerk',
	'buchstabe',
	'seite',
	'page',
	'pageSize',
	'per_page',
	'organisation',
	'duplikat',
	'bleibt',
	'an',
	'aktion',
	'person',
	'von',
	'bis',
	'rolle',
	'status',
	'format',
	'token',
	'next'
];

/** Every field name of every form in the app, read from the Svelte files, so a new field is sent hostile values too. */
export function formFieldNames(root = join(process.cwd(), 'src')): string[] {
	const names = new Set<string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir)) {
			const path = join(dir, entry);
			if (statSync(path).isDirectory()) walk(path);
			else if (entry.endsWith('.svelte')) for (const match of readFileSync(path, 'utf8').matchAll(/\bname="([A-Za-z][\w-]*)"/g)) names.add(match[1]);
		}
	};
	walk(root);
	return [...names].sort();
}

/** Actions that read no body and end the session asking: not asked at all. */
const notAsked = new Set(['/abmelden:default', '/mein-bereich/konto:everywhere']);

/**
 * Actions that get only unreadable bodies, which they refuse before doing anything: with a
 * readable form they count every request against a limit per client address that the journeys
 * after this one need.
 */
const formsNotSent = new Set([
	'/mein-bereich/konto:email',
	'/mein-bereich/konto:password',
	'/mein-bereich/daten:delete',
	'/anmelden:default',
	'/registrieren:default',
	'/passwort-vergessen:default',
	'/konto/bestaetigung-senden:default',
	'/barrierefreiheit:default'
]);

export interface Asked {
	label: string;
	response: APIResponse;
}

export interface Fuzzer {
	request: APIRequestContext;
	/** Path prefix of the municipality asked, '' or '/t/<slug>'. */
	base: string;
	headers: Record<string, string>;
	/** Values for the route parameters: ids of nothing the person may change, so that nothing of the demo town changes. */
	params: Record<string, string>;
	fields: string[];
}

const query = (value: string) => new URLSearchParams(queryNames.map((name) => [name, value])).toString();

/** Pages and their data with every query parameter hostile. */
export async function* askPages(fuzz: Fuzzer, route: Route): AsyncGenerator<Asked> {
	if (!route.page) return;
	const path = fuzz.base + pathFor(route.id, fuzz.params);
	for (const value of hostileValues.filter(Boolean)) {
		yield { label: `${route.id} page ?${value}`, response: await fuzz.request.get(`${path}?${query(value)}`, { headers: fuzz.headers, maxRedirects: 0 }) };
		const data = dataPath(path);
		yield { label: `${route.id} data ?${value}`, response: await fuzz.request.get(`${data}?${query(value)}`, { headers: fuzz.headers, maxRedirects: 0 }) };
	}
}

/** Every action with bodies that are no form, and with forms whose every field holds one hostile value. */
export async function* askActions(fuzz: Fuzzer, route: Route): AsyncGenerator<Asked> {
	const path = fuzz.base + pathFor(route.id, fuzz.params);
	for (const action of route.actions) {
		if (notAsked.has(`${route.id}:${action}`)) continue;
		const url = action === 'default' ? path : `${path}?/${action}`;
		const label = `${route.id} ${action}`;
		const headers = { ...fuzz.headers, accept: 'text/html' };
		yield { label: `${label} text/plain`, response: await fuzz.request.post(url, { headers: { ...headers, 'content-type': 'text/plain' }, data: 'name=Chor', maxRedirects: 0 }) };
		yield {
			label: `${label} broken multipart`,
			response: await fuzz.request.post(url, { headers: { ...headers, 'content-type': 'multipart/form-data; boundary=zzz' }, data: '--zzz\r\nbroken', maxRedirects: 0 })
		};
		if (formsNotSent.has(`${route.id}:${action}`)) continue;
		for (const value of hostileValues) {
			const form = Object.fromEntries(fuzz.fields.map((name) => [name, value]));
			yield { label: `${label} every field ${JSON.stringify(value)}`, response: await fuzz.request.post(url, { headers, form, maxRedirects: 0 }) };
			const enhanced = { ...headers, accept: 'application/json', 'x-sveltekit-action': 'true' };
			yield { label: `${label} every field ${JSON.stringify(value)} (enhanced)`, response: await fuzz.request.post(url, { headers: enhanced, form, maxRedirects: 0 }) };
		}
	}
}

/** Endpoints: reads with hostile queries; other methods with a body that is neither form nor JSON. */
export async function* askEndpoints(fuzz: Fuzzer, route: Route): AsyncGenerator<Asked> {
	const path = fuzz.base + pathFor(route.id, fuzz.params);
	for (const method of route.methods) {
		// Signing out would end the session of the person asking (its cookie too, which the request context keeps).
		if (route.id === '/api/v1/sessions/current' && method === 'DELETE' && fuzz.headers.authorization) continue;
		if (method === 'GET') {
			for (const value of hostileValues.filter(Boolean))
				yield { label: `${route.id} GET ?${value}`, response: await fuzz.request.get(`${path}?${query(value)}`, { headers: fuzz.headers, maxRedirects: 0 }) };
		} else {
			const data = `{"email":"x${NUL}","password":`;
			yield {
				label: `${route.id} ${method} broken JSON`,
				response: await fuzz.request.fetch(path, { method, headers: { ...fuzz.headers, 'content-type': 'application/json' }, data, maxRedirects: 0 })
			};
		}
	}
}

/** What is wrong with an answer: a server error, or an API answer outside its error format. Empty when all is well. */
export async function problemsOf({ label, response }: Asked): Promise<string[]> {
	const problems: string[] = [];
	const status = response.status();
	if (status >= 500) problems.push(`${label}: ${status}`);
	const path = new URL(response.url()).pathname;
	if (/(^|\/)api\/v1\//.test(path) && status >= 400) {
		const type = response.headers()['content-type'] ?? '';
		if (!type.startsWith('application/json')) problems.push(`${label}: API error as ${type}`);
		else {
			const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
			if (typeof body.error?.code !== 'string' || typeof body.error?.message !== 'string') problems.push(`${label}: API error without {error: {code, message}}`);
		}
	}
	return problems;
}
