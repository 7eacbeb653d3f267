/** Additions to the maps, walks and the district import. The English fragment has the same keys. */
export const mapViews = {
	'map.scale_metres': '{metres} m',
	'map.scale_kilometres': '{kilometres} km',
	'map.north': 'N',
	'map.print_now': 'Jetzt drucken'
} as const;
