import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { translate } from '$lib/i18n';
import { accountKey, addressKey, configureRateLimits, consumeRateLimits, emailDigest, limitAccountChange, limitSignIn, rateLimitedResponse, rateLimitNotice } from './rate-limit';

const wrongPassword = async () => ({ ok: false as const, error: 'invalid_credentials' });
const rightPassword = async () => ({ ok: true as const });
const unique = () => randomUUID().slice(0, 8);

describe('the wait sentence', () => {
	it('says whole minutes, at least one', () => {
		expect(rateLimitNotice({ retryAfterSeconds: 3341 })).toEqual({ message: 'error.rate_limited', retryAfter: 56 });
		expect(rateLimitNotice({ retryAfterSeconds: 61 })).toEqual({ message: 'error.rate_limited', retryAfter: 2 });
		expect(rateLimitNotice({ retryAfterSeconds: 12 })).toEqual({ message: 'error.rate_limited_one', retryAfter: 1 });
		expect(translate('de', 'error.rate_limited', { minutes: 56 })).toContain('in etwa 56 Minuten');
		expect(translate('en', 'error.rate_limited', { minutes: 56 })).toContain('in about 56 minutes');
		expect(translate('de', 'error.rate_limited_one')).toContain('in etwa einer Minute');
	});

	it('answers the API with 429, Retry-After in seconds and the sentence in minutes', async () => {
		const response = rateLimitedResponse('en', { retryAfterSeconds: 3341 });
		expect(response.status).toBe(429);
		expect(response.headers.get('retry-after')).toBe('3341');
		expect(await response.json()).toEqual({ error: { code: 'rate_limited', message: translate('en', 'error.rate_limited', { minutes: 56 }) } });
	});
});

describe('keys', () => {
	it('hold no e-mail or network address, only their SHA-256', () => {
		expect(emailDigest(' Lea@Example.org ')).toBe(emailDigest('lea@example.org'));
		expect(emailDigest('lea@example.org')).toMatch(/^[0-9a-f]{64}$/);
		const tenantId = randomUUID();
		expect(accountKey(tenantId, 'LEA@example.org')).toBe(`${tenantId}:${emailDigest('lea@example.org')}`);
		expect(addressKey('203.0.113.7')).toMatch(/^addr:[0-9a-f]{64}$/);
		expect(addressKey('203.0.113.7')).not.toContain('203.0.113');
	});
});

describeOnDatabases('rate limits', (env) => {
	// The embedded database goes with the in-memory store, a PostgreSQL server with the PostgreSQL store.
	let pool: pg.Pool | undefined;
	beforeAll(() => {
		pool = env().kind === 'postgres' ? new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL }) : undefined;
		configureRateLimits(pool);
	});
	afterAll(async () => {
		configureRateLimits();
		await pool?.end();
	});

	it('limits wrong passwords for one account from every address together', async () => {
		const tenantId = randomUUID();
		const email = `${unique()}@example.org`;
		const run = unique();
		const ip = (n: number) => `${run}-${n}`;
		for (let n = 1; n <= 10; n++) expect((await limitSignIn(tenantId, ip(n), email, wrongPassword)).limited).toBe(false);
		const eleventh = await limitSignIn(tenantId, ip(11), email, wrongPassword);
		expect(eleventh).toMatchObject({ limited: true });
		if (eleventh.limited) expect(eleventh.retryAfterSeconds).toBeGreaterThan(800);
		// Not even the right password gets through now; the same address elsewhere is fine.
		expect((await limitSignIn(tenantId, ip(12), email.toUpperCase(), rightPassword)).limited).toBe(true);
		expect((await limitSignIn(randomUUID(), ip(12), email, wrongPassword)).limited).toBe(false);
	});

	it('limits wrong passwords from one address across accounts', async () => {
		const tenantId = randomUUID();
		const address = unique();
		for (let n = 0; n < 50; n++) expect((await limitSignIn(tenantId, address, `${unique()}@example.org`, wrongPassword)).limited).toBe(false);
		expect((await limitSignIn(tenantId, address, `${unique()}@example.org`, wrongPassword)).limited).toBe(true);
		expect((await limitSignIn(tenantId, `${address}-other`, `${unique()}@example.org`, wrongPassword)).limited).toBe(false);
	});

	it('counts no success, and the right password clears the account’s wrong ones', async () => {
		const tenantId = randomUUID();
		const email = `${unique()}@example.org`;
		const address = unique();
		for (let n = 0; n < 30; n++) expect(await limitSignIn(tenantId, address, email, rightPassword)).toEqual({ limited: false, result: { ok: true } });
		// Unconfirmed or disabled accounts also had the right password; malformed input tried none.
		for (const error of ['unverified', 'disabled', 'invalid'])
			for (let n = 0; n < 10; n++) expect((await limitSignIn(tenantId, address, email, async () => ({ ok: false, error }))).limited).toBe(false);
		for (let n = 0; n < 9; n++) await limitSignIn(tenantId, address, email, wrongPassword);
		await limitSignIn(tenantId, address, email, rightPassword);
		for (let n = 0; n < 10; n++) expect((await limitSignIn(tenantId, address, email, wrongPassword)).limited).toBe(false);
		expect((await limitSignIn(tenantId, address, email, wrongPassword)).limited).toBe(true);
	});

	it('lets no more than the limit through when guesses come at once', async () => {
		const tenantId = randomUUID();
		const email = `${unique()}@example.org`;
		let checked = 0;
		const slowWrong = async () => {
			checked++;
			await new Promise((resolve) => setTimeout(resolve, 20));
			return { ok: false as const, error: 'invalid_credentials' };
		};
		const run = unique();
		const attempts = await Promise.all(Array.from({ length: 30 }, (_, n) => limitSignIn(tenantId, `${run}-${n}`, email, slowWrong)));
		expect(checked).toBe(10);
		expect(attempts.filter((a) => a.limited)).toHaveLength(20);
	});

	it('limits links by mail per client address across e-mail addresses and per e-mail address across client addresses', async () => {
		const tenantId = randomUUID();
		const address = addressKey(unique());
		for (let n = 0; n < 10; n++)
			expect(
				(
					await consumeRateLimits([
						['mailLinkAddress', address],
						['mailLinkEmail', accountKey(tenantId, `${unique()}@example.org`)]
					])
				).ok
			).toBe(true);
		expect(
			(
				await consumeRateLimits([
					['mailLinkAddress', address],
					['mailLinkEmail', accountKey(tenantId, `${unique()}@example.org`)]
				])
			).ok
		).toBe(false);

		const victim = accountKey(tenantId, `${unique()}@example.org`);
		for (let n = 0; n < 5; n++)
			expect(
				(
					await consumeRateLimits([
						['mailLinkAddress', addressKey(unique())],
						['mailLinkEmail', victim]
					])
				).ok
			).toBe(true);
		const refused = await consumeRateLimits([
			['mailLinkAddress', addressKey(unique())],
			['mailLinkEmail', victim]
		]);
		expect(refused.ok).toBe(false);
	});

	it('limits wrong current passwords and changes of address in “Mein Konto” per account', async () => {
		const tenantId = randomUUID();
		const accountId = randomUUID();
		const wrong = async () => ({ ok: false as const, error: 'wrong_password' });
		const changed = async () => ({ ok: true as const });
		for (let n = 0; n < 5; n++) expect((await limitAccountChange(tenantId, accountId, changed, { mails: true })).limited).toBe(false);
		expect((await limitAccountChange(tenantId, accountId, changed, { mails: true })).limited).toBe(true);
		for (let n = 0; n < 10; n++) expect((await limitAccountChange(tenantId, accountId, wrong)).limited).toBe(false);
		expect((await limitAccountChange(tenantId, accountId, changed)).limited).toBe(true);
	});

	it('stores no e-mail address in the PostgreSQL store', async () => {
		const email = `${unique()}@example.org`;
		const address = `192.0.2.${Math.floor(Math.random() * 250)}`;
		await limitSignIn(randomUUID(), address, email, wrongPassword);
		if (env().kind === 'pglite') return expect(pool).toBeUndefined();
		const { rows } = (await env().db.execute(sql`select key from rate_limits where key like ${`%${emailDigest(email)}`}`)) as unknown as { rows: { key: string }[] };
		expect(rows.map((r) => r.key)).toEqual([expect.stringMatching(/^signInAccount:[0-9a-f-]{36}:[0-9a-f]{64}$/)]);
		const leaked = (await env().db.execute(sql`select count(*)::int as n from rate_limits where key like '%@%' or key like ${`%${address}%`}`)) as unknown as { rows: { n: number }[] };
		expect(leaked.rows[0].n).toBe(0);
	});
});
