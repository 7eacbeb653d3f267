/** Additions to the maps, walks and the district import. The English fragment has the same keys. */
export const mapViews = {
	'map.scale_metres': '{metres} m',
	'map.scale_kilometres': '{kilometres} km',
	'map.north': 'N',
	'map.print_now': 'Jetzt drucken',
	'map.error_same_place_twice': 'Diese Station liegt am selben Ort wie die Station davor oder danach. Wählen Sie einen anderen Ort oder eine andere Reihenfolge.',
	'map.stop_search': 'Orte suchen',
	'map.stop_search_hint': 'Name, Organisation, Straße oder Stadtteil',
	'map.stop_search_submit': 'Suchen',
	'map.stop_search_reset': 'Alle Orte zeigen',
	'map.stop_search_none': 'Kein Ort passt zu „{q}“.',
	'map.stop_search_count': '{count} von {all} Orten passen zu „{q}“.',
	'map.walk_preview': 'Vorschau des Wegs',
	'map.walk_preview_desc': 'Die Zahlen entsprechen den Stationen; die Linie verbindet sie in ihrer Reihenfolge. Stationen ohne Koordinaten fehlen.'
} as const;
