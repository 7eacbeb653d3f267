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
	'map.walk_preview_desc': 'Die Zahlen entsprechen den Stationen; die Linie verbindet sie in ihrer Reihenfolge. Stationen ohne Koordinaten fehlen.',
	'imports.error.not_wgs84':
		'Die Koordinaten sind nicht in WGS 84 (EPSG:4326) und auch nicht in ETRS89 / UTM Zone 32 oder 33 (EPSG:25832, EPSG:25833). Bitte exportieren Sie die Stadtteile aus Ihrem GIS in einem dieser Koordinatensysteme.',
	'imports.error.geometry_range': 'Die Fläche hat Koordinaten, die keine Längen- und Breitengrade sind (Länge bis ±180, Breite bis ±90).',
	'imports.error.coordinate_lng': '„{value}“ ist kein gültiger Längengrad. Bitte eine Zahl zwischen -180 und 180 wie 9,5612 angeben.'
} as const;
