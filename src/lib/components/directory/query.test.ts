import { expect, it } from 'vitest';
import { carriedSearch, carrySearch, directorySearch } from './query';

it('writes a shareable, stable query string and drops empty or removed parameters', () => {
	expect(directorySearch({})).toBe('');
	expect(directorySearch({ feld: 'sport', q: 'Turn verein', seite: 3 })).toBe('?q=Turn+verein&feld=sport&seite=3');
	expect(directorySearch({ q: 'x', buchstabe: 'T', seite: 2 }, { buchstabe: 'A', seite: null })).toBe('?q=x&buchstabe=A');
	expect(directorySearch({ q: '', art: undefined, netzwerk: '1' })).toBe('?netzwerk=1');
});

it('carries a search to a profile and back, keeping only the directory’s own parameters', () => {
	expect(carrySearch({})).toBe('');
	const carried = carrySearch({ q: 'Turn & Sport', stadtteil: 'altstadt', seite: 2 });
	expect(carried).toBe('?suche=q%3DTurn%2B%2526%2BSport%26stadtteil%3Daltstadt%26seite%3D2');
	expect(carriedSearch(new URLSearchParams(carried).get('suche'))).toBe('?q=Turn+%26+Sport&stadtteil=altstadt&seite=2');
	expect(carriedSearch(null)).toBe('');
	// Nothing else rides along: no other parameter, no other address.
	expect(carriedSearch('weiter=https://example.com&q=Chor')).toBe('?q=Chor');
	expect(carriedSearch('//example.com')).toBe('');
});
