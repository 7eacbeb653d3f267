import { expect, it } from 'vitest';
import { filterParams } from './filters';

it('writes the map filter in a stable order, with changes and the print format last', () => {
	expect(filterParams({})).toBe('');
	expect(filterParams({ stadtteil: 'hafen', q: 'Tafel', organisation: 'abc' })).toBe('?q=Tafel&stadtteil=hafen&organisation=abc');
	expect(filterParams({ q: 'x', netzwerk: '1' }, { format: 'a3' })).toBe('?q=x&netzwerk=1&format=a3');
	expect(filterParams({ q: 'x', stadtteil: 'alt' }, { stadtteil: 'hafen' })).toBe('?q=x&stadtteil=hafen');
	expect(filterParams({ q: 'x', art: '' }, { q: undefined })).toBe('');
});
