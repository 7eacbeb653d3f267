import { describe, expect, it } from 'vitest';
import { acceptedLocale } from './accept-language';

describe('acceptedLocale', () => {
	it('chooses by q-values, not by order', () => {
		expect(acceptedLocale('en-GB;q=0.9, de;q=0.8')).toBe('en');
		expect(acceptedLocale('de;q=0.5, en;q=0.7')).toBe('en');
		expect(acceptedLocale('fr-FR, fr;q=0.9, de;q=0.6, en;q=0.4')).toBe('de');
	});

	it('counts a regional variant for its language and ignores case and spaces', () => {
		expect(acceptedLocale('de-AT')).toBe('de');
		expect(acceptedLocale(' EN-us ; Q=0.8 ')).toBe('en');
	});

	it('keeps the order of the header where weights are equal', () => {
		expect(acceptedLocale('en, de')).toBe('en');
		expect(acceptedLocale('de;q=0.8, en;q=0.8')).toBe('de');
	});

	it('chooses nothing for languages we do not have, a wildcard, q=0 or no header', () => {
		expect(acceptedLocale('fr, pl;q=0.5')).toBeUndefined();
		expect(acceptedLocale('*')).toBeUndefined();
		expect(acceptedLocale('en;q=0, fr')).toBeUndefined();
		expect(acceptedLocale('')).toBeUndefined();
		expect(acceptedLocale(null)).toBeUndefined();
	});

	it('treats a malformed weight as not acceptable rather than guessing', () => {
		expect(acceptedLocale('en;q=2, de;q=0.1')).toBe('de');
		expect(acceptedLocale('en;q=abc')).toBeUndefined();
	});
});
