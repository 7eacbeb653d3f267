import { expect, it } from 'vitest';
import { slugify } from './slug';

it('writes umlauts out, drops accents and joins words with one hyphen', () => {
	expect(slugify('Mühlenau-Süd', { max: 60 })).toBe('muehlenau-sued');
	expect(slugify('  Straße am Deich (Nord) ', { max: 60 })).toBe('strasse-am-deich-nord');
	expect(slugify('Crème brûlée & São Paulo', { max: 60 })).toBe('creme-brulee-sao-paulo');
	expect(slugify('Oﬀene Tür²', { max: 60 })).toBe('offene-tuer2');
});

it('leaves accented letters out instead of spelling them, when asked to', () => {
	expect(slugify('Begegnungscafé Süd', { max: 50 })).toBe('begegnungscafe-sued');
});

it('cuts at the limit after trimming, even on a hyphen', () => {
	expect(slugify('  abc def', { max: 4 })).toBe('abc-');
	expect(slugify('abcdef', { max: 4 })).toBe('abcd');
});

it('falls back when nothing readable is left', () => {
	expect(slugify('!!!', { max: 80, fallback: 'spaziergang' })).toBe('spaziergang');
	expect(slugify('  ', { max: 60 })).toBe('');
});
