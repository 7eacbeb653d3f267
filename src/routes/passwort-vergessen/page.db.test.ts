import { expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { describeOnDatabases } from '$lib/server/testing/databases';
import type { Ctx } from '$lib/server/core/context';
import { actions } from './+page.server';

const event = (ctx: Ctx, path: string, fields: Record<string, string>, clientAddress: string) => {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields)) body.set(name, value);
	return {
		request: new Request(`http://engagement.example${path}`, { method: 'POST', body }),
		locals: { ctx, tenant: ctx.tenant, locale: 'de', basePath: '' },
		url: new URL(`http://engagement.example${path}`),
		getClientAddress: () => clientAddress
	} as never;
};

const status = (answer: unknown) => (answer as { status?: number }).status ?? 200;
const requestReset = (ctx: Ctx, email: string, clientAddress: string) => actions.default(event(ctx, '/passwort-vergessen', { email }, clientAddress));

describeOnDatabases('reset link limits', (env) => {
	it('answers a known and an unknown address alike', async () => {
		const tenant = await env().tenant();
		const { email } = await env().account(tenant);
		const ctx = env().ctx(tenant);
		expect(await requestReset(ctx, email, randomUUID())).toEqual({ sent: true });
		expect(await requestReset(ctx, `niemand-${randomUUID()}@example.org`, randomUUID())).toEqual({ sent: true });
	});

	it('stops one client address from asking links for many e-mail addresses', async () => {
		const ctx = env().ctx(await env().tenant());
		const address = randomUUID();
		for (let n = 0; n < 10; n++) expect(status(await requestReset(ctx, `p${n}-${randomUUID()}@example.org`, address))).toBe(200);
		expect(await requestReset(ctx, `p-${randomUUID()}@example.org`, address)).toMatchObject({ status: 429, data: { message: 'error.rate_limited', retryAfter: 60 } });
	});

	it('stops many client addresses from asking links for one e-mail address', async () => {
		const tenant = await env().tenant();
		const { email } = await env().account(tenant);
		const ctx = env().ctx(tenant);
		for (let n = 0; n < 5; n++) expect(status(await requestReset(ctx, email, randomUUID()))).toBe(200);
		expect(status(await requestReset(ctx, email.toUpperCase(), randomUUID()))).toBe(429);
		// Another municipality's account under the same address is its own.
		expect(status(await requestReset(env().ctx(await env().tenant()), email, randomUUID()))).toBe(200);
	});
});
