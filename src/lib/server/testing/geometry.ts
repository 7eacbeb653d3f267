import type { DistrictGeometry } from '$lib/server/modules/directory/places/geo';

/** A district of about 7 × 11 km north of 54° N, 9° E: the tests' "Hafen". */
export const testSquare: Extract<DistrictGeometry, { type: 'Polygon' }> = {
	type: 'Polygon',
	coordinates: [
		[
			[9, 54],
			[9.1, 54],
			[9.1, 54.1],
			[9, 54.1],
			[9, 54]
		]
	]
};
