import { expect, it } from 'vitest';
import { listValue, textValue } from './values';

it('reads stored and typed values the same way', () => {
	const values = { name: 'Tafel', year: 1998, none: null, one: 'youth', many: ['youth', 'seniors'], empty: '' };
	expect([textValue(values, 'name'), textValue(values, 'year'), textValue(values, 'none'), textValue(values, 'missing')]).toEqual(['Tafel', '1998', '', '']);
	expect(listValue(values, 'one')).toEqual(['youth']);
	expect(listValue(values, 'many')).toEqual(['youth', 'seniors']);
	expect([listValue(values, 'empty'), listValue(values, 'missing'), listValue(values, 'year')]).toEqual([[], [], []]);
});
