import { hash, verify } from '@node-rs/argon2';
import type { MessageKey } from '$lib/i18n';
import { commonPasswords } from './common-passwords';

/**
 * NIST SP 800-63B-4: a password that is the only factor has at least 15 characters,
 * up to at least 64 are accepted, no composition rules, and it is checked against
 * commonly used and context-specific words.
 */
export const PASSWORD_MIN = 15;
export const PASSWORD_MAX = 128;

const normalise = (password: string) => password.normalize('NFKC');

/** Returns the message key of the first rule the password breaks, or null. */
export function checkPassword(password: string, context: string[] = []): MessageKey | null {
	const value = normalise(password);
	const length = [...value].length;
	if (length < PASSWORD_MIN) return 'error.password_short';
	if (length > PASSWORD_MAX) return 'error.password_long';
	const lower = value.toLowerCase();
	if (commonPasswords.has(lower)) return 'error.password_common';
	if (new Set(lower).size <= 3) return 'error.password_common';
	// A common word padded with digits and symbols ("Passwort!!2024…") is still a common password.
	const letters = lower.replace(/[^\p{L}]/gu, '');
	if (!letters && isSequence(lower.replace(/\D/g, ''))) return 'error.password_common';
	if (letters && (commonPasswords.has(letters) || isRepeatOfCommon(letters))) return 'error.password_common';
	for (const word of context) {
		const w = word.toLowerCase().trim();
		if (w.length >= 4 && lower.includes(w)) return 'error.password_context';
	}
	return null;
}

function isSequence(digits: string): boolean {
	if (digits.length < 6) return false;
	const asc = '01234567890123456789';
	const desc = '98765432109876543210';
	return [...digits].every((_, i) => i === 0 || asc.includes(digits.slice(i - 1, i + 1)) || desc.includes(digits.slice(i - 1, i + 1)));
}

function isRepeatOfCommon(letters: string): boolean {
	for (let size = 4; size <= letters.length / 2; size++) {
		if (letters.length % size) continue;
		const part = letters.slice(0, size);
		if (part.repeat(letters.length / size) === letters && commonPasswords.has(part)) return true;
	}
	return false;
}

export function hashPassword(password: string): Promise<string> {
	// argon2id with the library's defaults (19 MiB, 2 passes): the OWASP baseline.
	return hash(normalise(password));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, normalise(password));
	} catch {
		return false;
	}
}

/** Spent on unknown e-mail addresses so that sign-in takes as long as for known ones. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
	dummyHash ??= hashPassword('gemeinwerk-timing-equaliser');
	await verifyPassword(await dummyHash, password);
}
