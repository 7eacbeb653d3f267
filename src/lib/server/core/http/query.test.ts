import { describe, expect, it } from 'vitest';
import { queryValue, queryValues } from './query';

describe('query strings', () => {
	const url = new URL('https://engagement.example/netzwerk/organisationen?q=Chor%00&feld=sport&q=Deich%00chor&leer=');

	it('are a plain object without U+0000, the last of repeated names winning', () => {
		expect(queryValues(url)).toEqual({ q: 'Deichchor', feld: 'sport', leer: '' });
	});

	it('give single values the same way, and null for missing ones', () => {
		expect(queryValue(new URL('https://engagement.example/?token=ab%00cd'), 'token')).toBe('abcd');
		expect(queryValue(url, 'seite')).toBeNull();
	});
});
