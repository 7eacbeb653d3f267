/** Forms shared by every capability: confirm steps and what keeps typed text. The English fragment has the same keys. */
export const forms = {
	'forms.logo_keeps_profile': 'Was Sie oben im Profil geändert haben, bleibt beim Hochladen erhalten; gespeichert ist es erst mit „{save}“.'
};
