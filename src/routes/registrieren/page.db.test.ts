import { expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { describeOnDatabases } from '$lib/server/testing/databases';
import type { Ctx } from '$lib/server/core/context';
import { actions } from './+page.server';

const event = (ctx: Ctx, fields: Record<string, string>, clientAddress: string) => {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields)) body.set(name, value);
	return {
		request: new Request('http://engagement.example/registrieren', { method: 'POST', body }),
		locals: { ctx, tenant: ctx.tenant, locale: 'de', basePath: '' },
		url: new URL('http://engagement.example/registrieren'),
		getClientAddress: () => clientAddress
	} as never;
};

const status = (answer: unknown) => (answer as { status?: number }).status ?? 200;

describeOnDatabases('registration limits', (env) => {
	it('limits registrations from one client address and answers a taken address like a free one', async () => {
		const tenant = await env().tenant();
		const taken = await env().account(tenant);
		const ctx = env().ctx(tenant);
		const address = randomUUID();
		const register = (email: string) => actions.default(event(ctx, { displayName: 'Nora Lind', email, password: 'Gruene-Wiese-am-Fluss-18' }, address));
		expect(await register(taken.email)).toEqual({ registered: true, email: taken.email });
		for (let n = 1; n < 10; n++) expect(status(await register(`neu${n}-${randomUUID()}@example.org`))).toBe(200);
		expect(status(await register(`neu-${randomUUID()}@example.org`))).toBe(429);
	});

	it('does not count typing mistakes: they send no mail', async () => {
		const ctx = env().ctx(await env().tenant());
		const address = randomUUID();
		const email = `tippfehler-${randomUUID()}@example.org`;
		const attempt = (fields: Record<string, string>) => actions.default(event(ctx, { displayName: 'Nora Lind', email, ...fields }, address));
		for (let n = 0; n < 12; n++) expect(status(await attempt({ password: 'kurz' })), `attempt ${n + 1}`).toBe(400);
		expect(await attempt({ password: 'Gruene-Wiese-am-Fluss-18' })).toEqual({ registered: true, email });
	});
});
