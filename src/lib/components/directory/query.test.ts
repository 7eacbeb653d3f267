import { expect, it } from 'vitest';
import { directorySearch } from './query';

it('writes a shareable, stable query string and drops empty or removed parameters', () => {
	expect(directorySearch({})).toBe('');
	expect(directorySearch({ feld: 'sport', q: 'Turn verein', seite: 3 })).toBe('?q=Turn+verein&feld=sport&seite=3');
	expect(directorySearch({ q: 'x', buchstabe: 'T', seite: 2 }, { buchstabe: 'A', seite: null })).toBe('?q=x&buchstabe=A');
	expect(directorySearch({ q: '', art: undefined, netzwerk: '1' })).toBe('?netzwerk=1');
});
