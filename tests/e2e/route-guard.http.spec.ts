/**
 * Every route of the app, asked as people who must not see it: a visitor, a resident, an editor of
 * another organisation, the museum partner and the coordination office (each outside their areas),
 * and an admin of another municipality. Pages, their `__data.json` with each
 * layout skipped and without, every named form action and every `+server` method. The route list
 * comes from the folders (route-tree.ts), so a route added tomorrow is covered too.
 *
 * Asserted for each answer: the designed status (sign-in first, or 403), never a 5xx, and none of
 * the demo's personal data that the person asking must not see.
 */
import { test, expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { demoAccounts, DEMO_CLUB_ID, DEMO_OPPORTUNITY_ID } from '../../src/lib/server/seed/demo-accounts';
import '../../src/lib/server/registry';
import { areaOf } from '../../src/lib/server/core/http/areas';
import { dataPath, forEachRoute, invalidations, pathFor, routeTree, type Route } from './route-tree';

type Who = 'visitor' | 'resident' | 'editor of another organisation' | 'partner' | 'coordinator' | 'admin of another municipality';

const account = (email: string) => demoAccounts.find((a) => a.email === email)!;
const resident = account('bewohnerin@lindwerder.example');
const editor = account('redaktion@lindwerder.example');
const districtAdmin = account('admin@kreis-nordaue.example');
const partner = account('partner@lindwerder.example');
const coordinator = account('koordination@lindwerder.example');

/**
 * Names and addresses of every demo account: none may appear where its owner is not the one asking.
 * Two names are public on purpose: the partner account is named after its museum, which the directory
 * shows, and the coordinator is the published contact of the town's office.
 */
const publicNames = new Set(['Museum am Deich', 'Jonas Petersen']);
const personalData = (except?: { email: string }) => demoAccounts.filter((a) => a !== except).flatMap((a) => (publicNames.has(a.displayName) ? [a.email] : [a.email, a.displayName]));

async function bearer(request: APIRequestContext, base: string, who: { email: string; password: string }): Promise<string> {
	const response = await request.post(`${base}/api/v1/sessions`, { data: { email: who.email, password: who.password } });
	expect(response.status(), `sign-in of ${who.email}`).toBe(201);
	return (await response.json()).token;
}

/** What the test knows about ids: a real one of each kind, so a leak would show real data. */
async function realIds(request: APIRequestContext): Promise<{ organisation: string; other: string }> {
	const response = await request.get('/api/v1/organisations?per_page=50');
	const { items } = (await response.json()) as { items: { id: string }[] };
	const other = items.find((o) => o.id !== DEMO_CLUB_ID)!.id;
	return { organisation: DEMO_CLUB_ID, other };
}

function designed(route: Route, who: Who): 'open' | 'sign-in' | 'forbidden' {
	const area = areaOf(route.id);
	if (area.kind === 'public') return 'open';
	if (who === 'visitor' || who === 'admin of another municipality') return 'sign-in';
	// Staff may manage every organisation, the coordination office its own area, and it answers accessibility feedback too.
	if (who === 'coordinator' && (area.kind === 'signed-in' || (area.kind === 'permission' && ['area.coordination', 'feedback.read'].includes(area.action)))) return 'open';
	if (area.kind === 'signed-in') return 'forbidden'; // the organisation pages of someone else's organisation
	if (area.kind === 'permission' && area.action === 'area.resident') return 'open';
	if (area.kind === 'permission' && area.action === 'organisation.create') return 'open';
	return 'forbidden';
}

async function expectAnswer(response: APIResponse, label: string, expected: 'open' | 'sign-in' | 'forbidden', forbiddenText: string[], data: boolean) {
	const status = response.status();
	expect(status, `${label}: never a server error`).toBeLessThan(500);
	const body = await response.text();
	for (const text of forbiddenText) expect(body.includes(text), `${label}: shows "${text}"`).toBe(false);
	if (expected === 'sign-in') {
		if (data) {
			expect(status, label).toBe(200);
			expect(JSON.parse(body), label).toMatchObject({ type: 'redirect', location: expect.stringContaining('/anmelden?next=') });
		} else {
			expect(status, label).toBe(303);
			expect(response.headers().location, label).toContain('/anmelden?next=');
		}
	} else if (expected === 'forbidden') {
		if (data && status === 200) {
			// Refused by the page's own use case: SvelteKit answers the data request with an error node and no page data.
			const nodes = (JSON.parse(body.split('\n')[0]) as { nodes: ({ type: string; status?: number } | null)[] }).nodes;
			expect(
				nodes.some((n) => n?.type === 'error' && n.status === 403),
				`${label}: an error node`
			).toBe(true);
			expect(nodes.at(-1)?.type, `${label}: no page data`).not.toBe('data');
		} else expect(status, label).toBe(403);
	}
}

/** A form sent by the page's script gets its answer as JSON: a redirect to sign in, or a refusal. */
async function expectEnhancedAnswer(response: APIResponse, label: string, expected: 'sign-in' | 'forbidden', forbiddenText: string[]) {
	expect(response.status(), `${label}: never a server error`).toBeLessThan(500);
	const body = await response.text();
	for (const text of forbiddenText) expect(body.includes(text), `${label}: shows "${text}"`).toBe(false);
	const result = JSON.parse(body) as { type: string; status?: number; location?: string };
	if (expected === 'sign-in') expect(result, label).toMatchObject({ type: 'redirect', location: expect.stringContaining('/anmelden?next=') });
	else expect([response.status(), result.status], label).toContain(403);
	if (expected === 'forbidden') expect(['error', 'failure'], label).toContain(result.type);
}

const routes = routeTree();

test.describe('every route, as people who must not see it', () => {
	test.describe.configure({ mode: 'serial' });
	const tokens: Partial<Record<Who, string>> = {};
	let ids: { organisation: string; other: string };

	test.beforeAll(async ({ request }) => {
		tokens.resident = await bearer(request, '', resident);
		tokens['editor of another organisation'] = await bearer(request, '', editor);
		tokens.partner = await bearer(request, '', partner);
		tokens.coordinator = await bearer(request, '', coordinator);
		tokens['admin of another municipality'] = await bearer(request, '/t/kreis-nordaue', districtAdmin);
		ids = await realIds(request);
	});

	for (const who of ['visitor', 'resident', 'editor of another organisation', 'partner', 'coordinator', 'admin of another municipality'] as const) {
		for (const base of who === 'visitor' ? ['', '/t/lindwerder'] : ['']) {
			test(`${who}${base ? ` at ${base}` : ''}`, async ({ request }) => {
				test.setTimeout(240_000);
				const headers: Record<string, string> = tokens[who] ? { authorization: `Bearer ${tokens[who]}` } : {};
				// The district admin's session belongs to the district: also carried as Lindwerder's cookie, it is nobody's there.
				if (who === 'admin of another municipality') headers.cookie = `gw_session_lindwerder=${tokens[who]}`;
				const selves: Partial<Record<Who, { email: string }>> = { resident, 'editor of another organisation': editor, partner, coordinator };
				const self = selves[who];
				const mustNotSee = personalData(self);
				const origin = new URL(test.info().project.use.baseURL!).origin;
				// The editor's own club is theirs; the other organisation is someone else's.
				// Ids of opportunities and applications (`[angebot=uuid]`, `[bewerbung=uuid]`) must be uuids to reach the route at all.
				const params = { id: ids.other, angebot: DEMO_OPPORTUNITY_ID, bewerbung: ids.other, slug: 'x', section: 'engagement', rest: 'unbekannt', key: 'x/y.png' };

				let asked = 0;
				await forEachRoute(routes, async (route) => {
					const expected = designed(route, who);
					// Open routes are asked only by the visitor here; what signed-in people may do there is their own journeys' matter.
					if (expected === 'open' && who !== 'visitor') return;
					const path = base + pathFor(route.id, params);
					const label = `${who} ${route.id}`;
					if (route.page) {
						await expectAnswer(await request.get(path, { headers, maxRedirects: 0 }), `${label} page`, expected, mustNotSee, false);
						for (const invalidated of invalidations(route.layouts)) {
							const response = await request.get(dataPath(path, invalidated), { headers, maxRedirects: 0 });
							await expectAnswer(response, `${label} data ${invalidated ?? '(plain)'}`, expected, mustNotSee, true);
							asked++;
						}
						// Actions of open pages change things for whoever may use them (sign out, sign-in attempts): only refusals are asked.
						if (expected !== 'open') {
							for (const action of route.actions) {
								const url = action === 'default' ? path : `${path}?/${action}`;
								const form = { headers: { ...headers, origin, accept: 'text/html' }, form: { id: ids.other, accountId: ids.other, role: 'owner' }, maxRedirects: 0 };
								await expectAnswer(await request.post(url, form), `${label} action ${action}`, expected, mustNotSee, false);
								const enhanced = await request.post(url, { ...form, headers: { ...form.headers, accept: 'application/json', 'x-sveltekit-action': 'true' } });
								await expectEnhancedAnswer(enhanced, `${label} action ${action} (enhanced)`, expected, mustNotSee);
								asked += 2;
							}
						}
					}
					for (const method of route.methods) {
						if (expected === 'open' && method !== 'GET') continue;
						const response = await request.fetch(path, { method, headers: { ...headers, origin }, maxRedirects: 0 });
						await expectAnswer(response, `${label} ${method}`, expected, mustNotSee, false);
						asked++;
					}
				});
				expect(asked, 'requests made').toBeGreaterThan(20);
			});
		}
	}
});
