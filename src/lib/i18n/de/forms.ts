/** Forms shared by every capability: confirm steps and what keeps typed text. The English fragment has the same keys. */
export const forms = {
	'forms.logo_keeps_profile': 'Was Sie oben im Profil geändert haben, bleibt beim Hochladen erhalten; gespeichert ist es erst mit „{save}“.',
	'forms.confirm_intro': 'Noch ist nichts geschehen. Wenn Sie bestätigen, folgt das:',
	'forms.cancel': 'Abbrechen',
	'forms.category_question': 'Engagementfeld „{name}“ löschen?',
	'forms.category_loses.one': '{count} Organisation verliert dieses Engagementfeld.',
	'forms.category_loses.other': '{count} Organisationen verlieren dieses Engagementfeld.',
	'forms.category_orgs_stay': 'Die Organisationen selbst bleiben im Register. Das Löschen lässt sich nicht rückgängig machen.',
	'forms.archive_question': '„{name}“ archivieren?',
	'forms.archive_hidden': 'Das Profil verschwindet aus dem Vereinsregister, vom Stadtplan und aus den offenen Daten.',
	'forms.archive_places.one': '{count} Ort wird nicht mehr auf dem Stadtplan gezeigt.',
	'forms.archive_places.other': '{count} Orte werden nicht mehr auf dem Stadtplan gezeigt.',
	'forms.archive_walks.one': '{count} Engagement-Spaziergang verliert Stationen.',
	'forms.archive_walks.other': '{count} Engagement-Spaziergänge verlieren Stationen.',
	'forms.archive_restorable': 'Die Koordinierungsstelle kann die Organisation wiederherstellen.',
	'forms.logo_question': 'Logo von „{name}“ entfernen?',
	'forms.logo_gone': 'Das Logo verschwindet von Ihrer Seite, aus dem Register und aus den offenen Daten; die Datei wird gelöscht.',
	'forms.place_question': 'Ort „{name}“ entfernen?',
	'forms.place_gone': 'Der Ort verschwindet von Ihrer Seite und vom Stadtplan.',
	'forms.place_walks.one': 'Er wird aus {count} Engagement-Spaziergang genommen.',
	'forms.place_walks.other': 'Er wird aus {count} Engagement-Spaziergängen genommen.'
};
