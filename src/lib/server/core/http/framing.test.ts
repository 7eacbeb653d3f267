import { describe, expect, it } from 'vitest';
import { framingAllowed } from './framing';

const policy = (value?: string) => value;

describe('framingAllowed', () => {
	it('is true only for a policy that names some ancestors', () => {
		expect(framingAllowed(policy("default-src 'none'; frame-ancestors 'self' verein.example"))).toBe(true);
		expect(framingAllowed(policy("frame-ancestors 'self'"))).toBe(true);
	});
	it('is false without a policy, without frame-ancestors, or with none', () => {
		expect(framingAllowed(policy())).toBe(false);
		expect(framingAllowed(policy("default-src 'self'"))).toBe(false);
		expect(framingAllowed(policy("default-src 'self'; frame-ancestors 'none'"))).toBe(false);
		expect(framingAllowed(policy("frame-ancestors 'NONE' ; base-uri 'self'"))).toBe(false);
		expect(framingAllowed(policy('frame-ancestors ;'))).toBe(false);
	});
});
