import { createHash } from 'node:crypto';
import { json } from '@sveltejs/kit';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type pg from 'pg';
import { translate, type Locale } from '$lib/i18n';

/**
 * Attempts allowed per key and window. Sign-in counts only wrong passwords; everything that
 * sends a mail counts every request. "Address" is the client's network address, "account" and
 * "email" the e-mail address typed, so a guesser gains nothing from rotating either.
 */
const limits = {
	/** Wrong passwords for one account, from all addresses together. */
	signInAccount: { points: 10, duration: 15 * 60 },
	/** Wrong passwords from one address, for all accounts together. */
	signInAddress: { points: 50, duration: 15 * 60 },
	register: { points: 10, duration: 60 * 60 },
	/** Registrations naming one address: each one mails its owner. */
	registerEmail: { points: 5, duration: 60 * 60 },
	/** Reset and confirmation links requested from one address, whatever the e-mail address… */
	mailLinkAddress: { points: 10, duration: 60 * 60 },
	/** …and for one e-mail address, from whatever address. */
	mailLinkEmail: { points: 5, duration: 60 * 60 },
	/** Wrong current passwords in "Mein Konto" (change of password or address): a stolen session learns no password. */
	accountPassword: { points: 10, duration: 15 * 60 },
	/** Changes of address asked for by one account: each one mails an address the person typed. */
	accountEmailChange: { points: 5, duration: 60 * 60 },
	feedback: { points: 10, duration: 60 * 60 }
} as const;

export type LimitName = keyof typeof limits;
/** A limit and the key it counts under. */
export type LimitCheck = readonly [LimitName, string];

type Limiters = Record<LimitName, RateLimiterAbstract>;
let limiters: Promise<Limiters> | undefined;

const names = Object.keys(limits) as LimitName[];

async function postgresLimiters(pool: pg.Pool): Promise<Limiters> {
	const options = (name: LimitName) => ({ ...limits[name], keyPrefix: name, storeClient: pool, storeType: 'pool', tableName: 'rate_limits' });
	// The store creates its table when the first limiter is made; the others wait for it, so two never race to create it.
	const first = await new Promise<RateLimiterAbstract>((resolve, reject) => {
		const made: RateLimiterAbstract = new RateLimiterPostgres(options(names[0]), (error?: unknown) => (error ? reject(error) : resolve(made)));
	});
	const rest = names.slice(1).map((name) => [name, new RateLimiterPostgres({ ...options(name), tableCreated: true })] as const);
	return Object.fromEntries([[names[0], first], ...rest]) as Limiters;
}

/** In memory for one process; in PostgreSQL when several nodes share a server. */
export function configureRateLimits(pool?: pg.Pool): void {
	limiters = pool ? postgresLimiters(pool) : Promise.resolve(Object.fromEntries(names.map((name) => [name, new RateLimiterMemory({ ...limits[name], keyPrefix: name })])) as unknown as Limiters);
	// A store that cannot start answers on first use; no unhandled rejection before that.
	limiters.catch(() => undefined);
}

const limiter = async (name: LimitName): Promise<RateLimiterAbstract> => {
	if (!limiters) configureRateLimits();
	return (await limiters!)[name];
};

const digest = (value: string) => createHash('sha256').update(value).digest('hex');

/** Keys hold no personal data: an e-mail address counts as the SHA-256 of its normalised form. */
export const emailDigest = (email: string) => digest(email.trim().toLowerCase());

/** The client's network address, as its SHA-256 too. */
export const addressKey = (clientAddress: string) => `addr:${digest(clientAddress)}`;

/** One account of one municipality: the same address may have an account in each. */
export const accountKey = (tenantId: string, email: string) => `${tenantId}:${emailDigest(email)}`;

export type RateLimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

async function consumeOne(name: LimitName, key: string): Promise<RateLimitOutcome> {
	try {
		await (await limiter(name)).consume(key);
		return { ok: true };
	} catch (error) {
		if (error instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
		throw error;
	}
}

/** Counts one attempt under a key; refused once its points are used up. */
export const consumeRateLimit = (name: LimitName, key: string) => consumeOne(name, key);

/**
 * Counts one attempt under every limit; refused when any is used up. A refused attempt gets its
 * points back from the limits that had let it through, since nothing was tried.
 */
export async function consumeRateLimits(checks: readonly LimitCheck[]): Promise<RateLimitOutcome> {
	for (let i = 0; i < checks.length; i++) {
		const outcome = await consumeOne(...checks[i]);
		if (!outcome.ok) {
			await refundRateLimits(checks.slice(0, i));
			return outcome;
		}
	}
	return { ok: true };
}

/** Gives back one point each: the attempt turned out not to count. */
export async function refundRateLimits(checks: readonly LimitCheck[]): Promise<void> {
	for (const [name, key] of checks) await (await limiter(name)).reward(key);
}

/** Forgets the attempts under a key, e.g. an account's wrong passwords once the right one came. */
export async function resetRateLimit(name: LimitName, key: string): Promise<void> {
	await (await limiter(name)).delete(key);
}

export type Limited = { limited: true; retryAfterSeconds: number };

/**
 * Runs an attempt under limits that count only some outcomes (wrong passwords, say). Every
 * attempt is counted before it runs, so parallel guesses cannot slip through; afterwards each
 * limit gets its point back unless `counts` says the outcome is one it limits.
 */
export async function limitAttempt<R>(checks: readonly LimitCheck[], run: () => Promise<R>, counts: (result: R, limit: LimitName) => boolean): Promise<Limited | { limited: false; result: R }> {
	const outcome = await consumeRateLimits(checks);
	if (!outcome.ok) return { limited: true, retryAfterSeconds: outcome.retryAfterSeconds };
	let result: R;
	try {
		result = await run();
	} catch (error) {
		await refundRateLimits(checks);
		throw error;
	}
	await refundRateLimits(checks.filter(([name]) => !counts(result, name)));
	return { limited: false, result };
}

const failedWith = (result: { ok: boolean; error?: string }, error: string) => !result.ok && result.error === error;

/**
 * Sign-in: wrong passwords are limited per account (from every address) and per client address
 * (across accounts); nothing else counts. The right password clears the account's count but not
 * the address's, so signing in to an own account buys no more guesses at others.
 */
export async function limitSignIn<R extends { ok: boolean; error?: string }>(
	tenantId: string,
	clientAddress: string,
	email: string,
	signIn: () => Promise<R>
): Promise<Limited | { limited: false; result: R }> {
	const account = accountKey(tenantId, email);
	const attempt = await limitAttempt(
		[
			['signInAddress', addressKey(clientAddress)],
			['signInAccount', account]
		],
		signIn,
		(result) => failedWith(result, 'invalid_credentials')
	);
	if (!attempt.limited && attempt.result.ok) await resetRateLimit('signInAccount', account);
	return attempt;
}

/**
 * Changes in "Mein Konto" that ask for the current password: wrong ones are limited per account,
 * so a stolen session does not learn the password; with `mails`, each change that sends a mail
 * to a typed address counts too.
 */
export function limitAccountChange<R extends { ok: boolean; error?: string }>(
	tenantId: string,
	accountId: string,
	change: () => Promise<R>,
	{ mails = false } = {}
): Promise<Limited | { limited: false; result: R }> {
	const key = `${tenantId}:${accountId}`;
	const checks: LimitCheck[] = [['accountPassword', key], ...(mails ? ([['accountEmailChange', key]] as const) : [])];
	return limitAttempt(checks, change, (result, limit) => (limit === 'accountPassword' ? failedWith(result, 'wrong_password') : result.ok));
}

/** Whole minutes to wait, at least one: people read minutes, not 3,400 seconds. */
export const waitMinutes = (retryAfterSeconds: number) => Math.max(1, Math.ceil(retryAfterSeconds / 60));

/** What a refused form shows: the sentence and the minutes to put in it. */
export function rateLimitNotice(outcome: { retryAfterSeconds: number }) {
	const minutes = waitMinutes(outcome.retryAfterSeconds);
	return { message: minutes === 1 ? ('error.rate_limited_one' as const) : ('error.rate_limited' as const), retryAfter: minutes };
}

/** The API's answer: 429 with Retry-After in seconds and the sentence in the client's language. */
export function rateLimitedResponse(locale: Locale, outcome: { retryAfterSeconds: number }): Response {
	const { message, retryAfter } = rateLimitNotice(outcome);
	return json({ error: { code: 'rate_limited', message: translate(locale, message, { minutes: retryAfter }) } }, { status: 429, headers: { 'retry-after': String(outcome.retryAfterSeconds) } });
}
