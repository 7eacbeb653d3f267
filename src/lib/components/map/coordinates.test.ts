import { describe, expect, it } from 'vitest';
import { formatCoordinate } from './coordinates';

describe('a coordinate written by the pin picker', () => {
	it('has a decimal comma in German and a point in English, five decimals at most', () => {
		expect(formatCoordinate(54.520412345, 'de')).toBe('54,52041');
		expect(formatCoordinate(9.5612, 'de')).toBe('9,5612');
		expect(formatCoordinate(-0.5, 'de')).toBe('-0,5');
		expect(formatCoordinate(54.520412345, 'en')).toBe('54.52041');
		expect(formatCoordinate(10, 'de')).toBe('10');
	});
});
