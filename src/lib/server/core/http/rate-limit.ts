import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type pg from 'pg';

/** Attempts allowed per key and window; keys combine the client address with the e-mail address where one is given. */
const limits = {
	signIn: { points: 10, duration: 15 * 60 },
	signInAddress: { points: 50, duration: 15 * 60 },
	register: { points: 10, duration: 60 * 60 },
	passwordReset: { points: 5, duration: 60 * 60 },
	feedback: { points: 10, duration: 60 * 60 }
} as const;

export type LimitName = keyof typeof limits;

let limiters: Record<LimitName, RateLimiterAbstract> | undefined;

/** In memory for one process; in PostgreSQL when several nodes share a server. */
export function configureRateLimits(pool?: pg.Pool): void {
	limiters = Object.fromEntries(
		Object.entries(limits).map(([name, spec]) => [
			name,
			pool
				? new RateLimiterPostgres({ ...spec, keyPrefix: name, storeClient: pool, storeType: 'pool', tableName: 'rate_limits' })
				: new RateLimiterMemory({ ...spec, keyPrefix: name })
		])
	) as unknown as Record<LimitName, RateLimiterAbstract>;
}

export type RateLimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function consumeRateLimit(name: LimitName, key: string): Promise<RateLimitOutcome> {
	if (!limiters) configureRateLimits();
	try {
		await limiters![name].consume(key);
		return { ok: true };
	} catch (error) {
		if (error instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
		throw error;
	}
}
