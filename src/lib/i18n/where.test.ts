import { expect, it } from 'vitest';
import { catalogue, translate, type Locale, type MessageKey } from '.';
import { whereIn } from './where';

const inLocale = (locale: Locale) => (key: MessageKey, params: Record<string, string | number>) => translate(locale, key, params);
const town = { name: 'Lindwerder', kind: 'municipality' } as const;
const kreis = { name: 'Kreis Nordaue', kind: 'district' } as const;

it('says where the platform is by the municipality’s kind', () => {
	expect(whereIn(inLocale('de'), town)).toBe('in Lindwerder');
	expect(whereIn(inLocale('de'), kreis)).toBe('im Kreis Nordaue');
	expect(whereIn(inLocale('en'), kreis)).toBe('in Kreis Nordaue');
	expect(translate('de', 'layout.brand', { where: whereIn(inLocale('de'), kreis) })).toBe('Engagiert im Kreis Nordaue');
	expect(translate('de', 'orglist.lead', { where: whereIn(inLocale('de'), kreis) })).toContain('die sich im Kreis Nordaue engagieren');
});

it('has no text that calls every municipality a town or puts its own preposition before the place', () => {
	for (const [key, text] of Object.entries(catalogue('de'))) {
		expect(text, key).not.toMatch(/\b(die|der|ihre) Stadt\b/);
		expect(text, key).not.toMatch(/\b(in|im) \{(where|town)\}/);
	}
	for (const [key, text] of Object.entries(catalogue('en'))) expect(text, key).not.toMatch(/\bthe town\b/);
});
