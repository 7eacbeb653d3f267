import type { Catalogue } from '../messages';

export const mapViews: Catalogue<typeof import('../de/map-views').mapViews> = {
	'map.scale_metres': '{metres} m',
	'map.scale_kilometres': '{kilometres} km',
	'map.north': 'N',
	'map.print_now': 'Print now',
	'map.error_same_place_twice': 'This stop is at the same place as the stop before or after it. Choose another place or another order.',
	'map.stop_search': 'Search places',
	'map.stop_search_hint': 'Name, organisation, street or district',
	'map.stop_search_submit': 'Search',
	'map.stop_search_reset': 'Show all places',
	'map.stop_search_none': 'No place matches “{q}”.',
	'map.stop_search_count': '{count} of {all} places match “{q}”.',
	'map.walk_preview': 'Preview of the route',
	'map.walk_preview_desc': 'The numbers are the stops; the line joins them in their order. Stops without coordinates are missing.',
	'imports.error.not_wgs84':
		'The coordinates are neither in WGS 84 (EPSG:4326) nor in ETRS89 / UTM zone 32 or 33 (EPSG:25832, EPSG:25833). Please export the districts from your GIS in one of these coordinate systems.',
	'imports.error.geometry_range': 'The area has coordinates that are not longitudes and latitudes (longitude up to ±180, latitude up to ±90).',
	'imports.error.coordinate_lng': '"{value}" is not a valid longitude. Please give a number between -180 and 180 such as 9.5612.'
};
