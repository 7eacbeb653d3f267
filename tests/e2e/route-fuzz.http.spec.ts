/**
 * Every route of the app with hostile input: U+0000 and control characters, ids that are no ids and
 * page numbers of a trillion in every query parameter and form field, bodies that are no form and
 * broken multipart on every action, broken JSON on every endpoint. Asked by a visitor of Lindwerder
 * and by the district's admin, who reaches every area of the district, so the requests get past the
 * area guard to the loads, actions and endpoints themselves.
 *
 * Asserted for each answer: never a 5xx, and the JSON API answers in its error format. The route
 * list comes from the folders (route-tree.ts), so a route added tomorrow is asked too.
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { demoAccounts, DEMO_CLUB_ID, DEMO_OPPORTUNITY_ID } from '../../src/lib/server/seed/demo-accounts';
import { forEachRoute, routeTree } from './route-tree';
import { askActions, askEndpoints, askPages, formFieldNames, problemsOf, type Asked, type Fuzzer } from './route-fuzz';

const districtAdmin = demoAccounts.find((a) => a.email === 'admin@kreis-nordaue.example')!;

async function bearer(request: APIRequestContext, base: string, who: { email: string; password: string }): Promise<string> {
	const response = await request.post(`${base}/api/v1/sessions`, { data: { email: who.email, password: who.password } });
	expect(response.status(), `sign-in of ${who.email}`).toBe(201);
	return (await response.json()).token;
}

const routes = routeTree();
const fields = formFieldNames();
// Ids of nothing the district may change: Lindwerder's club, and ids no row has.
const params = { id: DEMO_CLUB_ID, angebot: DEMO_OPPORTUNITY_ID, bewerbung: DEMO_CLUB_ID, slug: 'a%00b', section: 'engagement', rest: 'a%00b', key: 'x/y.png' };

async function ask(asked: AsyncGenerator<Asked>, problems: string[]): Promise<number> {
	let count = 0;
	for await (const answer of asked) {
		problems.push(...(await problemsOf(answer)));
		count++;
	}
	return count;
}

test.describe('every route with hostile input', () => {
	test.describe.configure({ mode: 'serial' });

	for (const who of ['visitor of Lindwerder', 'admin of the district'] as const) {
		test(who, async ({ request, baseURL }) => {
			test.setTimeout(300_000);
			const base = who === 'visitor of Lindwerder' ? '' : '/t/kreis-nordaue';
			const origin = new URL(baseURL!).origin;
			const token = who === 'admin of the district' ? await bearer(request, base, districtAdmin) : null;
			const fuzz: Fuzzer = { request, base, headers: { origin, ...(token ? { authorization: `Bearer ${token}` } : {}) }, params, fields };
			const problems: string[] = [];
			let asked = 0;
			await forEachRoute(routes, async (route) => {
				for (const asking of [askPages, askActions, askEndpoints]) {
					// Counted after the answers: `asked += await …` would add to a count read before other routes added theirs.
					const answered = await ask(asking(fuzz, route), problems);
					asked += answered;
				}
			});
			expect(asked, 'requests made').toBeGreaterThan(500);
			expect(problems, `${asked} requests`).toEqual([]);
			if (token) expect((await request.get(`${base}/api/v1/me`, { headers: fuzz.headers })).status(), 'still signed in, so every area was reached').toBe(200);
		});
	}

	test('the API answers unknown paths, ids and methods in its error format', async ({ request }) => {
		const answers: Asked[] = [
			{ label: 'unknown path', response: await request.get('/api/v1/gibt-es-nicht', { headers: { accept: 'text/html' } }) },
			{ label: 'id that is no id', response: await request.get('/api/v1/organisations/not-a-uuid', { headers: { accept: 'text/html' } }) },
			{ label: 'method not offered', response: await request.post('/api/v1/organisations', { data: {} }) },
			{ label: 'page of a trillion', response: await request.get('/api/v1/organisations?page=1000000000000') }
		];
		expect(answers.map((a) => a.response.status())).toEqual([404, 404, 405, 400]);
		expect(answers[2].response.headers().allow).toBe('GET');
		for (const answer of answers) expect(await problemsOf(answer), answer.label).toEqual([]);
	});
});
