/** What search engines and link previews show of public pages (meta description, Open Graph). */
export const meta = {
	'meta.default': 'Engagiert in {name}: Ehrenamt finden, Vereine und Initiativen kennenlernen, Engagement unterstützen und anerkennen.',
	'meta.home': 'Engagement in {name}: Vereine, Initiativen und Einrichtungen zum Mitmachen, der Engagement-Stadtplan und Engagement-Spaziergänge.',
	'meta.network': 'Das Netzwerk des Engagements in {name}: Vereinsregister, Engagement-Stadtplan, Engagement-Spaziergänge und offene Daten.',
	'meta.directory': 'Alle Vereine, Initiativen und Einrichtungen in {name} von A bis Z – mit Kontakt, Orten und Angeboten.',
	'meta.organisation': '{name} in {town} im Vereinsregister: Kontakt, Orte und Angebote.',
	'meta.map': 'Der Engagement-Stadtplan von {name}: wo sich Vereine und Initiativen engagieren, auf der Karte und als Liste.',
	'meta.walks': 'Engagement-Spaziergänge in {name}: Wege zu Orten, an denen sich Menschen engagieren.',
	'meta.walk': 'Ein Engagement-Spaziergang in {name} für {group}, etwa {minutes} Minuten.',
	'meta.open_data': 'Das Vereinsregister von {name} als offene Daten: CSV, JSON und GeoJSON zum Herunterladen und Weiterverwenden.'
} as const;
