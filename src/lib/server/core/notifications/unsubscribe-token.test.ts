import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { emailSha256, signClaim, verifyClaim } from './unsubscribe-token';

const key = randomBytes(32);
const tenantId = '11111111-1111-4111-8111-111111111111';
const accountId = '22222222-2222-4222-8222-222222222222';

describe('unsubscribe tokens', () => {
	it('carry the tenant, the kind and the recipient, and only what was signed', () => {
		const forAccount = signClaim(key, { tenantId, kind: 'organisation_stale', recipient: { accountId } });
		expect(verifyClaim(key, tenantId, forAccount)).toEqual({ tenantId, kind: 'organisation_stale', recipient: { accountId } });
		const forAddress = signClaim(key, { tenantId, kind: '*', recipient: { emailSha256: emailSha256(' Info@Verein.example ') } });
		expect(verifyClaim(key, tenantId, forAddress)).toEqual({ tenantId, kind: '*', recipient: { emailSha256: emailSha256('info@verein.example') } });
		// Safe in a URL and a mail header, and without the address in it.
		expect(forAddress).toMatch(/^[\w-]+\.[\w-]+$/);
		expect(Buffer.from(forAddress.split('.')[0], 'base64url').toString()).not.toContain('verein');
	});

	it('refuse a changed token, another key, another tenant and anything that is no token', () => {
		const token = signClaim(key, { tenantId, kind: 'moderation_approved', recipient: { accountId } });
		const [payload, signature] = token.split('.');
		const otherAccount = Buffer.from(Buffer.from(payload, 'base64url').toString().replace(accountId, '33333333-3333-4333-8333-333333333333')).toString('base64url');
		expect(verifyClaim(key, tenantId, `${otherAccount}.${signature}`)).toBeNull();
		expect(verifyClaim(randomBytes(32), tenantId, token)).toBeNull();
		expect(verifyClaim(key, '44444444-4444-4444-8444-444444444444', token)).toBeNull();
		for (const junk of ['', '.', 'abc', `${token}.x`, `${payload}.`, 'x'.repeat(500)]) expect(verifyClaim(key, tenantId, junk)).toBeNull();
	});
});
