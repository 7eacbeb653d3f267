import { expect, it, vi } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { describeOnDatabases, PASSWORD } from '$lib/server/testing/databases';
import type { Ctx } from '$lib/server/core/context';
import { actions } from './+page.server';
import { POST as signInByApi } from '../api/v1/sessions/+server';
import { actions as newPasswordActions } from '../passwort-neu/+page.server';
import { issueEmailToken } from '$lib/server/core/accounts/email-tokens';

const form = (fields: Record<string, string>) => {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields)) body.set(name, value);
	return new Request('http://engagement.example/anmelden', { method: 'POST', body });
};

const signInEvent = (ctx: Ctx, fields: Record<string, string>, clientAddress: string) =>
	({
		request: form(fields),
		locals: { ctx, tenant: ctx.tenant, locale: 'de', basePath: '' },
		cookies: { set: vi.fn(), delete: vi.fn(), get: vi.fn() },
		url: new URL('http://engagement.example/anmelden'),
		getClientAddress: () => clientAddress
	}) as never;

/** The answer of the sign-in form: a redirect when signed in, else the failure's status and data. */
async function submit(ctx: Ctx, fields: Record<string, string>, clientAddress: string) {
	try {
		const answer = (await actions.default(signInEvent(ctx, fields, clientAddress))) as { status: number; data: Record<string, unknown> };
		return { status: answer.status, data: answer.data };
	} catch (thrown) {
		if (isRedirect(thrown)) return { status: thrown.status, data: { location: thrown.location } };
		throw thrown;
	}
}

describeOnDatabases('sign-in limits', (env) => {
	it('stops guesses at one account from many addresses, and says how many minutes to wait', async () => {
		const tenant = await env().tenant();
		const { email } = await env().account(tenant);
		const ctx = env().ctx(tenant);
		const run = randomUUID();
		for (let n = 0; n < 10; n++) expect((await submit(ctx, { email, password: `Falsch-geraten-${n}` }, `${run}-${n}`)).status).toBe(401);
		const refused = await submit(ctx, { email: email.toUpperCase(), password: PASSWORD }, `${run}-new`);
		expect(refused).toMatchObject({ status: 429, data: { message: 'error.rate_limited', retryAfter: 15 } });

		// The API counts with the form: same account, same limit.
		const response = await signInByApi({
			request: new Request('http://engagement.example/api/v1/sessions', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }), headers: { 'content-type': 'application/json' } }),
			locals: { ctx, tenant, locale: 'de', basePath: '' },
			cookies: { set: vi.fn() },
			url: new URL('http://engagement.example/api/v1/sessions'),
			getClientAddress: () => `${run}-api`
		} as never);
		expect(response.status).toBe(429);
		expect((await response.json()).error.message).toContain('in etwa 15 Minuten');
	});

	it('does not count successful sign-ins', async () => {
		const tenant = await env().tenant();
		const { email } = await env().account(tenant);
		const ctx = env().ctx(tenant);
		const address = randomUUID();
		for (let n = 0; n < 12; n++) expect(await submit(ctx, { email, password: PASSWORD }, address)).toEqual({ status: 303, data: { location: '/mein-bereich' } });
	});

	it('lets the owner sign in at once after a new password from a reset link, whatever others guessed', async () => {
		const tenant = await env().tenant();
		const { email, accountId } = await env().account(tenant);
		const ctx = env().ctx(tenant);
		const run = randomUUID();
		for (let n = 0; n < 10; n++) await submit(ctx, { email, password: `Falsch-geraten-${n}` }, `${run}-${n}`);
		expect((await submit(ctx, { email, password: PASSWORD }, `${run}-owner`)).status).toBe(429);

		const token = await issueEmailToken(ctx.db, tenant.id, accountId, 'reset_password');
		const reset = await newPasswordActions.default({
			request: form({ token, password: 'Neuer-Morgen-am-Hafen-3' }),
			locals: { ctx, tenant, locale: 'de', basePath: '' }
		} as never);
		expect(reset).toEqual({ done: true });
		expect(await submit(ctx, { email, password: 'Neuer-Morgen-am-Hafen-3' }, `${run}-owner`)).toEqual({ status: 303, data: { location: '/mein-bereich' } });
	});
});
