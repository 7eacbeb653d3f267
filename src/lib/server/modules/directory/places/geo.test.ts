import { describe, expect, it } from 'vitest';
import { containsPoint, districtAt, isDistrictGeometry, splitStreet, type DistrictGeometry } from './geo';
import { testSquare as square } from '$lib/server/testing/geometry';

const withHole: DistrictGeometry = {
	type: 'Polygon',
	coordinates: [
		square.coordinates[0],
		[
			[9.04, 54.04],
			[9.06, 54.04],
			[9.06, 54.06],
			[9.04, 54.06],
			[9.04, 54.04]
		]
	]
};

describe('districts', () => {
	it('finds points inside a polygon and not in its holes', () => {
		expect(containsPoint(square, 54.05, 9.05)).toBe(true);
		expect(containsPoint(square, 54.2, 9.05)).toBe(false);
		expect(containsPoint(withHole, 54.05, 9.05)).toBe(false);
		expect(containsPoint(withHole, 54.02, 9.02)).toBe(true);
	});

	it('handles multipolygons and picks the district holding the point', () => {
		const multi: DistrictGeometry = {
			type: 'MultiPolygon',
			coordinates: [
				square.coordinates,
				[
					[
						[10, 54],
						[10.1, 54],
						[10.1, 54.1],
						[10, 54]
					]
				]
			]
		};
		const districts = [
			{
				id: 'nord',
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[0, 0],
							[1, 0],
							[1, 1],
							[0, 0]
						]
					]
				}
			},
			{ id: 'hafen', geometry: multi }
		];
		expect(districtAt(districts, 54.02, 10.05)?.id).toBe('hafen');
		expect(districtAt(districts, 60, 10)).toBeNull();
		expect(districtAt(districts, null, 10)).toBeNull();
	});

	it('recognises valid GeoJSON geometries only', () => {
		expect(isDistrictGeometry(square)).toBe(true);
		expect(isDistrictGeometry({ type: 'Point', coordinates: [9, 54] })).toBe(false);
		expect(
			isDistrictGeometry({
				type: 'Polygon',
				coordinates: [
					[
						[9, 54],
						[9, 'x']
					]
				]
			})
		).toBe(false);
	});
});

describe('splitStreet', () => {
	it('brings spellings of the same street together', () => {
		expect(splitStreet('Hafenstraße 12')).toEqual({ streetKey: 'hafenstr', houseNumber: '12' });
		expect(splitStreet('Hafenstr. 12')).toEqual({ streetKey: 'hafenstr', houseNumber: '12' });
		expect(splitStreet('Hafenstrasse 12 a')).toEqual({ streetKey: 'hafenstr', houseNumber: '12a' });
		expect(splitStreet('Am Markt')).toEqual({ streetKey: 'am markt', houseNumber: '' });
		expect(splitStreet('Lange Straße 3-5')).toEqual({ streetKey: 'lange str', houseNumber: '3-5' });
	});
});
