import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { translate, isMessageKey } from '.';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
	it('has the same keys in English as in German', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
	});

	it('keeps every placeholder in every translation', () => {
		for (const key of Object.keys(de) as (keyof typeof de)[]) {
			expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
		}
	});

	it('has no empty message', () => {
		for (const [key, value] of [...Object.entries(de), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		expect(translate('de', 'pager.position', { current: 2, pages: 5 })).toBe('Seite 2 von 5');
		expect(translate('en', 'pager.position', { current: 2 })).toContain('{pages}');
	});

	it('recognises keys', () => {
		expect(isMessageKey('error.required')).toBe(true);
		expect(isMessageKey('error.nope')).toBe(false);
		expect(isMessageKey('toString')).toBe(false);
	});
});
