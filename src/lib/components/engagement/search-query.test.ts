import { describe, expect, it } from 'vitest';
import { engagementSearch, without } from './search-query';

describe('the search page URLs', () => {
	it('keep a stable order, leave empty values out and write checkboxes as 1', () => {
		expect(engagementSearch({ youth: true, q: 'Hausaufgaben', category: '', online: false, radius_km: 5, plz: '24999' })).toBe('?q=Hausaufgaben&plz=24999&radius_km=5&youth=1');
		expect(engagementSearch({ q: 'x', page: 3 }, { page: null, sort: 'newest' })).toBe('?q=x&sort=newest');
		expect(engagementSearch({})).toBe('');
	});

	it('leave one part out, a place with its radius, and start at the first page', () => {
		expect(without({ q: 'x', plz: '24999', radius_km: 5, page: 2 }, 'plz')).toBe('?q=x');
		expect(without({ q: 'x', category: 'bildung' }, 'q')).toBe('?category=bildung');
	});
});
