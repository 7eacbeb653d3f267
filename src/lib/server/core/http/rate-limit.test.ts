import { expect, it } from 'vitest';
import { configureRateLimits, consumeRateLimit } from './rate-limit';

it('allows ten sign-in attempts per key in 15 minutes, then says how long to wait', async () => {
	configureRateLimits();
	for (let i = 0; i < 10; i++) expect(await consumeRateLimit('signIn', '10.0.0.1|lea@example.org')).toEqual({ ok: true });
	const refused = await consumeRateLimit('signIn', '10.0.0.1|lea@example.org');
	expect(refused.ok).toBe(false);
	if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(800);
	// Another person from the same address is not affected.
	expect(await consumeRateLimit('signIn', '10.0.0.1|kim@example.org')).toEqual({ ok: true });
});
