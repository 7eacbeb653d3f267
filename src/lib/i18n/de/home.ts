/** The home page, Meine Organisationen and the words that follow the municipality's kind. */
export const home = {
	// "Engagiert {where}": whereIn() picks one by the municipality's kind; a Kreis's name says "Kreis".
	'where.municipality': 'in {name}',
	'where.district': 'im {name}',
	'register.privacy_link': 'Datenschutzerklärung',
	'error.page_title': '{heading} – {site}',
	'home.directory_search': 'Vereine, Initiativen und Einrichtungen suchen',
	'home.search_submit': 'Suchen',
	'myorgs.title': 'Meine Organisationen',
	'myorgs.teaser': 'Ihre Vereine und Vorschläge: wo sie stehen und was als Nächstes zu tun ist.',
	'myorgs.intro': 'Hier sehen Sie jede Organisation, die Sie betreuen oder vorgeschlagen haben, und wo sie gerade steht.',
	'myorgs.none': 'Sie betreuen noch keine Organisation. Fehlt Ihr Verein oder Ihre Initiative im Vereinsregister? Schlagen Sie sie vor.',
	'myorgs.status': 'Stand',
	'myorgs.role': 'Ihre Rolle',
	'myorgs.proposer': 'vorgeschlagen von Ihnen',
	'myorgs.proposed_hint': 'Die Koordinierungsstelle prüft Ihren Vorschlag. Sie erhalten eine Nachricht, sobald er veröffentlicht ist.',
	'myorgs.changes_hint': 'Die Koordinierungsstelle bittet um Änderungen. Bitte überarbeiten Sie den Eintrag, danach wird er erneut geprüft.',
	'myorgs.archived_hint': 'Der Eintrag ist archiviert und öffentlich nicht zu sehen. Auf der Bearbeitungsseite können Sie ihn wiederherstellen.',
	'myorgs.next_steps': 'Nächste Schritte für {name}',
	'myorgs.add_place': 'Ort eintragen, damit sie auf dem Stadtplan erscheint',
	'myorgs.edit': 'Eintrag bearbeiten',
	'myorgs.invite': 'Personen einladen',
	'myorgs.joined': 'Einladung angenommen: Sie betreuen jetzt „{organisation}“ als {role}.',
	'myorgs.back': 'Zurück zu Mein Bereich'
} as const;
