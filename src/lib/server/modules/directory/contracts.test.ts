import { describe, expect, it } from 'vitest';
import { fieldErrors } from '$lib/server/core/validation';
import { ZPlaceInput } from './contracts';

/** The field errors a place form gets back, as message keys (what the page shows next to the field). */
const problems = (input: Record<string, unknown>) => {
	const parsed = ZPlaceInput.safeParse({ name: 'Vereinsheim', ...input });
	return parsed.success ? {} : fieldErrors(parsed.error);
};
const coordinates = (lat: unknown, lng: unknown) => {
	const parsed = ZPlaceInput.parse({ name: 'Vereinsheim', lat, lng });
	return [parsed.lat, parsed.lng];
};

describe('place coordinates as people type them', () => {
	it('takes a decimal point or a German decimal comma, and empty as "no pin"', () => {
		expect(coordinates('54.1234', '9.5612')).toEqual([54.1234, 9.5612]);
		expect(coordinates(' 54,1234 ', '-9,5')).toEqual([54.1234, -9.5]);
		expect(coordinates('-90', '180')).toEqual([-90, 180]);
		expect(coordinates('', '  ')).toEqual([null, null]);
		expect(coordinates(undefined, undefined)).toEqual([null, null]);
		// The JSON API may send numbers.
		expect(coordinates(54.5, 9)).toEqual([54.5, 9]);
	});

	it('explains out-of-range and unreadable values with their own sentence, not "too long"', () => {
		expect(problems({ lat: '95', lng: '9.5' })).toEqual({ lat: 'error.latitude' });
		expect(problems({ lat: '54.5', lng: '-180.5' })).toEqual({ lng: 'error.longitude' });
		expect(problems({ lat: 'abc', lng: '181' })).toEqual({ lat: 'error.latitude', lng: 'error.longitude' });
		expect(problems({ lat: 91, lng: 9 })).toEqual({ lat: 'error.latitude' });
		// Number() alone would read these as numbers.
		for (const odd of ['0x1f', '1e1', 'Infinity', '54,12,3', '54.12.3', '54,', ',5', '5 4']) expect(problems({ lat: odd }), odd).toEqual({ lat: 'error.latitude' });
		// Two fields of the same name arrive as a list.
		expect(problems({ lng: ['9.5', '9.6'] })).toEqual({ lng: 'error.longitude' });
	});
});
