import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { translate, translatePlural, isMessageKey, pickMessages, pluralMessage } from '.';
import { browserMessages } from './browser-messages';

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

describe('plurals', () => {
	it('gives every counted message both forms', () => {
		for (const key of Object.keys(de).filter((k) => /\.(one|other)$/.test(k))) {
			const base = key.replace(/\.(one|other)$/, '');
			expect(Object.hasOwn(de, `${base}.one`) && Object.hasOwn(de, `${base}.other`), base).toBe(true);
		}
	});

	it('picks the form by number in both languages', () => {
		expect(translatePlural('de', 'map.count', 1)).toBe('1 Ort gefunden');
		expect(translatePlural('de', 'map.count', 0)).toBe('0 Orte gefunden');
		expect(translatePlural('de', 'map.count', 3)).toBe('3 Orte gefunden');
		expect(translatePlural('en', 'map.count', 1)).toBe('1 place found');
		expect(translatePlural('en', 'map.count', 2)).toBe('2 places found');
		expect(translatePlural('de', 'my.memberships', 1)).toBe('Mitglied in 1 Organisation');
		expect(translatePlural('en', 'coord.open_moderation', 1)).toBe('1 proposal awaits approval');
		expect(translatePlural('en', 'coord.open_moderation', 4)).toBe('4 proposals await approval');
	});

	it('writes the number the way the language does and keeps other placeholders', () => {
		expect(translatePlural('de', 'orglist.count', 1234)).toBe('1.234 Organisationen gefunden.');
		expect(translatePlural('en', 'orglist.count', 1234)).toBe('1,234 organisations found.');
		const catalogue = { 'x.one': '{count} Ort in {town}', 'x.other': '{count} Orte in {town}' } as never;
		expect(pluralMessage(catalogue, 'de', 'x' as never, 1, { town: 'Lindwerder' })).toBe('1 Ort in Lindwerder');
	});

	it('falls back to the other form where a language has no form of its own', () => {
		// Intl.PluralRules says "few" for 3 in Ukrainian; a catalogue with only one/other still answers.
		const catalogue = { 'x.one': '{count} one', 'x.other': '{count} other' } as never;
		expect(pluralMessage(catalogue, 'uk' as never, 'x' as never, 3)).toBe('3 other');
	});
});

describe('messages for the browser', () => {
	it('picks keys and prefixes of one language', () => {
		const picked = pickMessages('en', ['map.', 'layout.skip']);
		expect(picked['layout.skip']).toBe(en['layout.skip']);
		expect(picked['map.title']).toBe(en['map.title']);
		expect(picked['layout.tagline']).toBeUndefined();
		expect(Object.keys(picked).every((key) => key === 'layout.skip' || key.startsWith('map.'))).toBe(true);
	});

	it('always brings what the layout and the error page show', () => {
		const picked = browserMessages('de', ['orgpage.']);
		for (const key of ['layout.skip', 'nav.sign_in', 'legal.imprint', 'error.not_found_title', 'notifications.nav_unread', 'orgpage.about'] as const) expect(picked[key], key).toBe(de[key]);
		expect(picked['map.title']).toBeUndefined();
	});
});
