import type { Catalogue } from '../messages';

export const mapViews: Catalogue<typeof import('../de/map-views').mapViews> = {
	'map.scale_metres': '{metres} m',
	'map.scale_kilometres': '{kilometres} km',
	'map.north': 'N',
	'map.print_now': 'Print now'
};
