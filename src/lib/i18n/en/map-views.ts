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
	'map.walk_preview_desc': 'The numbers are the stops; the line joins them in their order. Stops without coordinates are missing.'
};
