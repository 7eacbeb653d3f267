/** The home page, Meine Organisationen and the words that follow the municipality's kind. */
export const home = {
	'home.directory_search': 'Vereine, Initiativen und Einrichtungen suchen',
	'home.search_submit': 'Suchen'
} as const;
