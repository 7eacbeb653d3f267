import { admin, coordinator, de, en, expect, expectAccessible, sendSignInForm, signIn, test, visit } from './support';

const NORDAUE = '/t/kreis-nordaue';

test('a session is valid only in its own municipality', { tag: '@script-free' }, async ({ page }) => {
	await signIn(page, coordinator.email, coordinator.password);
	await expect(page.getByRole('link', { name: de('layout.brand', { where: 'in Lindwerder' }) })).toBeVisible();

	// Signed in in Lindwerder means nothing in the district.
	await visit(page, `${NORDAUE}/mein-bereich`);
	await expect(page).toHaveURL(`${NORDAUE}/anmelden?next=${encodeURIComponent(`${NORDAUE}/mein-bereich`)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('signin.title'));
	await expect(page.getByRole('link', { name: de('layout.brand', { where: 'im Kreis Nordaue' }) })).toHaveAttribute('href', `${NORDAUE}/`);
	const accountNav = page.getByRole('navigation', { name: de('layout.account_nav') });
	await expect(accountNav.getByRole('link', { name: de('nav.sign_in') })).toHaveAttribute('href', `${NORDAUE}/anmelden`);
	await expect(accountNav.getByRole('link', { name: de('nav.my_area') })).toHaveCount(0);

	// Accounts belong to one municipality: the Lindwerder admin is unknown in the district.
	await sendSignInForm(page, admin.email, admin.password);
	await expect(page).toHaveURL(new RegExp(`${NORDAUE}/anmelden(\\?|$)`));
	await expect(page.getByRole('alert')).toHaveText(de('error.invalid_credentials'));
	await expectAccessible(page);

	// Links in the district stay in the district.
	await page
		.getByRole('navigation', { name: de('layout.main_nav') })
		.getByRole('link', { name: de('nav.about') })
		.click();
	await expect(page).toHaveURL(`${NORDAUE}/ueber-uns`);
	await expect(page).toHaveTitle(`${de('section.ueber-uns.title')} – Kreis Nordaue`);
	await expectAccessible(page);

	// Back in Lindwerder the session is still there.
	await visit(page, '/mein-bereich');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('my.heading', { name: coordinator.displayName }));
	await expect(page.getByRole('main')).toContainText(de('role.coordinator'));
});

/** The HTTP API does not depend on the browser: these tests run in the `js` project only. */
test.describe('API', { tag: '@js-only' }, () => {
	test('bearer tokens: sign in, who am I, only in the own municipality, sign out', async ({ playwright, baseURL }) => {
		// One client signs in; a second one without cookies uses nothing but the bearer token.
		const signInClient = await playwright.request.newContext({ baseURL });
		const api = await playwright.request.newContext({ baseURL });

		const created = await signInClient.post('/api/v1/sessions', { data: { email: admin.email, password: admin.password } });
		expect(created.status()).toBe(201);
		expect(created.headers()['content-type']).toContain('application/json');
		const { token, expiresAt } = await created.json();
		expect(token).toMatch(/^[\w-]{20,}$/);
		expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
		const auth = { authorization: `Bearer ${token}` };

		const me = await api.get('/api/v1/me', { headers: auth });
		expect(me.status()).toBe(200);
		expect(me.headers()['cache-control']).toContain('no-store');
		const body = await me.json();
		expect(body).toMatchObject({ email: admin.email, displayName: admin.displayName, emailVerified: true });
		expect(body.roles).toEqual(expect.arrayContaining(['resident', 'admin']));
		expect(JSON.stringify(body)).not.toMatch(/password/i);

		const elsewhere = await api.get(`${NORDAUE}/api/v1/me`, { headers: auth });
		expect(elsewhere.status()).toBe(401);
		expect(await elsewhere.json()).toEqual({ error: { code: 'unauthenticated', message: de('error.unauthenticated') } });

		// Signing out in the district does not end the Lindwerder session either.
		const wrongSignOut = await api.delete(`${NORDAUE}/api/v1/sessions/current`, { headers: auth });
		expect(wrongSignOut.status()).toBe(401);
		expect((await api.get('/api/v1/me', { headers: auth })).status()).toBe(200);

		const signedOut = await api.delete('/api/v1/sessions/current', { headers: auth });
		expect(signedOut.status()).toBe(204);
		expect(await signedOut.text()).toBe('');

		const afterwards = await api.get('/api/v1/me', { headers: auth });
		expect(afterwards.status()).toBe(401);
		expect((await afterwards.json()).error.code).toBe('unauthenticated');

		// The cookie that came with the sign-in belongs to the same session and is gone, too.
		expect((await signInClient.get('/api/v1/me')).status()).toBe(401);

		await signInClient.dispose();
		await api.dispose();
	});

	test('sign-in errors are JSON in the error format, in the language asked for', async ({ request }) => {
		const unknown = await request.post('/api/v1/sessions', {
			data: { email: 'niemand@example.org', password: 'Irgendein langes Passwort' },
			headers: { 'accept-language': 'en-GB,en;q=0.8' }
		});
		expect(unknown.status()).toBe(401);
		expect(await unknown.json()).toEqual({ error: { code: 'invalid_credentials', message: en('error.invalid_credentials') } });

		const invalid = await request.post('/api/v1/sessions', { data: { email: 'kein-at-zeichen' } });
		expect(invalid.status()).toBe(400);
		const { error } = await invalid.json();
		expect(error.code).toBe('invalid');
		expect(error.fields).toEqual({ email: de('error.email'), password: de('error.required') });

		const broken = await request.post('/api/v1/sessions', { data: Buffer.from('{"email":'), headers: { 'content-type': 'application/json' } });
		expect(broken.status()).toBe(400);
		expect((await broken.json()).error.code).toBe('invalid_json');

		const missing = await request.get('/api/v1/gibt-es-nicht');
		expect(missing.status()).toBe(404);
		expect((await missing.json()).error.code).toBe('not_found');

		expect((await request.get('/api/v1/me')).status()).toBe(401);
	});

	test('the OpenAPI document describes the account API', async ({ request }) => {
		const response = await request.get('/api/v1/openapi.json');
		expect(response.status()).toBe(200);
		const doc = await response.json();
		expect(doc.openapi).toBe('3.1.0');
		expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/sessions', '/sessions/current', '/me']));
		expect(doc.paths['/sessions'].post).toBeTruthy();
		expect(doc.paths['/sessions/current'].delete).toBeTruthy();
		expect(doc.paths['/me'].get).toBeTruthy();
		expect(doc.servers[0].url).toMatch(/\/api\/v1$/);
	});

	test('the health check answers', async ({ request }) => {
		const response = await request.get('/healthz');
		expect(response.status()).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok' });
	});
});
