/** Finding organisations: search hints, nearby search, and the checks of links and phone numbers. */
export const search = {
	'error.phone': 'Bitte geben Sie eine Telefonnummer aus Ziffern an, z. B. 04698 123-45 oder +49 4698 12345. Erlaubt sind auch Leerzeichen, +, ( ), / und -.',
	'error.near': 'Bitte geben Sie einen Standort als Breite,Länge an, z. B. 54.52,9.56.',
	'orglist.near': 'In meiner Nähe: Postleitzahl',
	'orglist.near_hint': 'Die nächsten Angebote stehen dann oben, mit Entfernung.',
	'orglist.near_locate': 'Meinen Standort verwenden',
	'orglist.near_locating': 'Standort wird ermittelt …',
	'orglist.near_denied': 'Der Standort ist nicht verfügbar. Bitte geben Sie eine Postleitzahl ein.',
	'orglist.near_here': 'Sortiert nach Entfernung von Ihrem Standort.',
	'orglist.near_postcode': 'Sortiert nach Entfernung von der Postleitzahl {postcode}.',
	'orglist.near_district': 'Für die Postleitzahl {postcode} kennen wir keine Adressen; gezeigt wird, was in den Stadtteilen dieser Postleitzahl liegt.',
	'orglist.distance_m': '{distance} m entfernt',
	'orglist.distance_km': '{distance} km entfernt'
} as const;
