/** What search engines and link previews show of public pages (meta description, Open Graph). */
export const meta = {
	'meta.default': 'Engagiert {where}: Vereine, Initiativen und Orte des Engagements finden und mitmachen.',
	'meta.home': 'Engagement {where}: Vereine, Initiativen und Einrichtungen zum Mitmachen, der Engagement-Stadtplan und Engagement-Spaziergänge.',
	'meta.network': 'Das Netzwerk des Engagements {where}: Vereinsregister, Engagement-Stadtplan, Engagement-Spaziergänge und offene Daten.',
	'meta.directory': 'Alle Vereine, Initiativen und Einrichtungen {where} von A bis Z – mit Kontakt, Orten und Angeboten.',
	'meta.organisation': '{name} {where} im Vereinsregister: Kontakt, Orte und Angebote.',
	'meta.map': 'Der Engagement-Stadtplan von {name}: wo sich Vereine und Initiativen engagieren, auf der Karte und als Liste.',
	'meta.walks': 'Engagement-Spaziergänge {where}: Wege zu Orten, an denen sich Menschen engagieren.',
	'meta.walk': 'Ein Engagement-Spaziergang {where} für {group}, etwa {minutes} Minuten.',
	'meta.open_data': 'Das Vereinsregister von {name} als offene Daten: CSV, JSON und GeoJSON zum Herunterladen und Weiterverwenden.'
} as const;
