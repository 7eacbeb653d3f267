/** The coordination office: notifications about proposals, the approvals queue, merging, the dashboard. The English fragment has the same keys. */
export const office = {
	'mail.moderation_submitted.subject': 'Neuer Vorschlag wartet auf Freigabe: {title}',
	'mail.moderation_submitted.body': 'Hallo {name},\n\n{proposer} hat „{title}“ auf „Engagiert in {tenant}“ vorgeschlagen. Der Vorschlag wartet in den Freigaben auf Ihre Entscheidung:\n\n{link}',
	'notifications.kind.moderation_submitted': 'Ein neuer Vorschlag wartet auf Freigabe (für die Koordination)',
	'notifications.title.moderation_submitted': 'Neuer Vorschlag wartet auf Freigabe: „{title}“',
	'moderation.someone': 'Jemand',
	'moderation.choose_decision': 'Bitte wählen Sie eine Entscheidung: freigeben, Änderungen erbitten oder ablehnen.',
	'moderation.proposer': 'Vorgeschlagen von',
	'moderation.proposer_unknown': 'nicht bekannt (ohne Konto eingereicht oder Konto gelöscht)',
	'moderation.submitted_at': 'Eingereicht am',
	'moderation.similar_heading': 'Vielleicht doppelt',
	'moderation.similar_intro': 'Diese Einträge haben einen ähnlichen Namen. Prüfen Sie, ob es dieselbe Organisation ist:',
	'moderation.similar_waiting': 'wartet ebenfalls auf Freigabe',
	'moderation.similar_published': 'veröffentlicht',
	'moderation.similar_merge': 'Vergleichen und zusammenführen'
} as const;
