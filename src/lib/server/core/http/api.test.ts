import { describe, expect, it } from 'vitest';
import { error, isRedirect, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { apiHandler, methodNotAllowed, noTenantAnswer, readJson } from './api';

function event(init: RequestInit = {}, language = 'en') {
	const request = new Request('https://engagement.example/api/v1/organisations', { ...init, headers: { 'accept-language': language, ...(init.headers ?? {}) } });
	return { request, locals: { locale: 'de' }, route: { id: '/api/v1/organisations' } } as never;
}

async function answer(response: Response) {
	return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

describe('API errors', () => {
	it('answer a handler that fails unexpectedly with a 500 in the error format', async () => {
		const failing = apiHandler(() => {
			throw new Error('connection lost');
		});
		expect(await answer(await failing(event()))).toEqual({
			status: 500,
			type: 'application/json',
			body: { error: { code: 'internal', message: 'An error occurred on our side. What you entered has not been lost – please try again in a moment.' } }
		});
	});

	it('turn a thrown SvelteKit error into the error format with its status', async () => {
		const missing = apiHandler(() => error(404, 'nothing here'));
		expect(await answer(await missing(event({}, 'de')))).toEqual({
			status: 404,
			type: 'application/json',
			body: { error: { code: 'not_found', message: 'Diese Seite gibt es nicht (mehr).' } }
		});
		const refused = apiHandler(() => error(400, 'bad'));
		expect((await answer(await refused(event()))).body.error.code).toBe('invalid');
	});

	it('let redirects and good answers through', async () => {
		const moved = apiHandler(() => redirect(301, '/api/v1/organisations'));
		await expect(moved(event())).rejects.toSatisfy(isRedirect);
		const fine = apiHandler(() => new Response('ok'));
		expect(await (await fine(event())).text()).toBe('ok');
	});

	it('answer a method the route does not offer with a 405 that names the ones it does', async () => {
		const response = methodNotAllowed('GET')(event({ method: 'POST' }));
		expect(response.headers.get('allow')).toBe('GET');
		expect(await answer(response)).toEqual({
			status: 405,
			type: 'application/json',
			body: { error: { code: 'method_not_allowed', message: 'This address cannot be called this way. The "Allow" header lists the methods it takes.' } }
		});
	});
});

describe('answers without a tenant', () => {
	it('are in the error format under /api/, with or without a tenant prefix', async () => {
		const request = new Request('https://engagement.example/', { headers: { 'accept-language': 'en' } });
		for (const path of ['/api/v1/organisations', '/t/nowhere/api/v1/organisations']) {
			expect(await answer(noTenantAnswer(request, path, 'unknown_tenant'))).toEqual({
				status: 404,
				type: 'application/json',
				body: { error: { code: 'unknown_tenant', message: 'This municipality is not known here.' } }
			});
		}
		expect((await answer(noTenantAnswer(request, '/api/v1/x', 'unknown_host'))).status).toBe(421);
	});

	it('are a plain sentence on pages', async () => {
		const response = noTenantAnswer(new Request('https://x.example/'), '/t/nowhere/vereine', 'unknown_tenant');
		expect(response.status).toBe(404);
		expect(await response.text()).toBe('Diese Gemeinde ist hier nicht bekannt.');
	});
});

describe('a thrown 429', () => {
	it('says to try later without a wait it does not know', async () => {
		const limited = apiHandler(() => error(429, 'slow down'));
		expect((await answer(await limited(event()))).body.error).toEqual({ code: 'rate_limited', message: 'Too many attempts. Please try again later.' });
	});
});

describe('JSON bodies', () => {
	const schema = z.object({ email: z.string(), tags: z.array(z.string()) });

	it('lose U+0000 in every string before the schema sees them', async () => {
		const read = await readJson(event({ method: 'POST', body: JSON.stringify({ email: 'a\u0000@b.de', tags: ['x\u0000y'] }) }), schema);
		expect(read).toEqual({ ok: true, data: { email: 'a@b.de', tags: ['xy'] } });
	});

	it('refuse what is no JSON with a 400 in the error format', async () => {
		for (const body of ['email=a@b.de', '', '{"email":']) {
			const read = await readJson(event({ method: 'POST', body }), schema);
			expect(read.ok).toBe(false);
			if (!read.ok) expect(await answer(read.response)).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } });
		}
	});
});
