import { describe, expect, it } from 'vitest';
import { berlinToday, monthsOf, ZPeriod } from './period';

describe('the period of the figures', () => {
	it('names every month it touches, across the turn of a year', () => {
		expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
		expect(monthsOf({ from: '2026-03-01', to: '2026-03-31' })).toEqual(['2026-03']);
	});

	it('takes the date of Lindwerder, an hour or two ahead of UTC', () => {
		expect(berlinToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
		expect(berlinToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
	});

	it('reads empty fields as not given and refuses more than ten years', () => {
		expect(ZPeriod.parse({ von: '2026-01-01', bis: '' }).from).toBe('2026-01-01');
		expect(ZPeriod.safeParse({ von: '2000-01-01', bis: '2026-01-01' }).success).toBe(false);
	});
});
