import { describe, expect, it } from 'vitest';
import { checkPassword, hashPassword, PASSWORD_MIN, verifyPassword } from './password';

describe('checkPassword', () => {
	it('accepts a long passphrase', () => {
		expect(checkPassword('Mein Fahrrad steht am Deich')).toBeNull();
	});

	it(`asks for at least ${PASSWORD_MIN} characters, counting letters not bytes`, () => {
		expect(checkPassword('kurzes-wort')).toBe('error.password_short');
		expect(checkPassword('ÄÖÜäöüßÄÖÜäöüß')).toBe('error.password_short');
		expect(checkPassword('ÄÖÜäöüßÄÖÜäöüßé')).toBeNull();
	});

	it('refuses passwords over 128 characters', () => {
		expect(checkPassword('a b c d e f g h '.repeat(9))).toBe('error.password_long');
	});

	it('refuses common passwords, also padded or repeated', () => {
		expect(checkPassword('passwortpasswort')).toBe('error.password_common');
		expect(checkPassword('Passwort!!2024!!!')).toBe('error.password_common');
		expect(checkPassword('123456789012345')).toBe('error.password_common');
		expect(checkPassword('hallohallohallohallo')).toBe('error.password_common');
		expect(checkPassword('aaaaaaaaaaaaaaaaaaa')).toBe('error.password_common');
	});

	it('refuses passwords containing the e-mail name, own name or the town', () => {
		expect(checkPassword('lea.hansen-ist-super-toll', ['lea.hansen'])).toBe('error.password_context');
		expect(checkPassword('Ich-wohne-in-Lindwerder-seit-1990', ['Lindwerder'])).toBe('error.password_context');
	});
});

describe('hashPassword', () => {
	it('stores argon2id and verifies only the right password', async () => {
		const hash = await hashPassword('Mein Fahrrad steht am Deich');
		expect(hash).toMatch(/^\$argon2id\$/);
		expect(await verifyPassword(hash, 'Mein Fahrrad steht am Deich')).toBe(true);
		expect(await verifyPassword(hash, 'Mein Fahrrad steht am See')).toBe(false);
		expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
	});

	it('treats differently composed umlauts as the same password (NFKC)', async () => {
		const hash = await hashPassword('Grüße aus dem Süden');
		expect(await verifyPassword(hash, 'Gru\u0308ße aus dem Su\u0308den')).toBe(true);
	});
});
