import type { Catalogue } from '../index';

export const search: Catalogue<typeof import('../de/search').search> = {
	'error.phone': 'Please enter a phone number made of digits, e.g. 04698 123-45 or +49 4698 12345. Spaces, +, ( ), / and - are allowed too.',
	'error.near': 'Please give a location as latitude,longitude, e.g. 54.52,9.56.',
	'orglist.near': 'Near me: postcode',
	'orglist.near_hint': 'The nearest ones then come first, with their distance.',
	'orglist.near_locate': 'Use my location',
	'orglist.near_locating': 'Finding your location …',
	'orglist.near_denied': 'Your location is not available. Please enter a postcode.',
	'orglist.near_here': 'Sorted by distance from your location.',
	'orglist.near_postcode': 'Sorted by distance from the postcode {postcode}.',
	'orglist.near_district': 'We know no addresses for the postcode {postcode}; shown is what lies in the districts of this postcode.',
	'orglist.distance_m': '{distance} m away',
	'orglist.distance_km': '{distance} km away'
};
