import { describe, expect, it } from 'vitest';
import { containsPattern, escapeLike, prefixQuery } from './search';

describe('search helpers', () => {
	it('turn typed words into a prefix query, ignoring operators and single letters', () => {
		expect(prefixQuery('Sport ver')).toBe('sport:* & ver:*');
		expect(prefixQuery('a & | !')).toBeNull();
		expect(prefixQuery('Tafel, Ückermünde')).toBe('tafel:* & ückermünde:*');
	});

	it('make typed wildcards match themselves', () => {
		expect(escapeLike('100% _fair_ \\o/')).toBe('100\\% \\_fair\\_ \\\\o/');
		expect(containsPattern('50%')).toBe('%50\\%%');
	});
});
