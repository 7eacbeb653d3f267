/** The coordination office: notifications about proposals, the approvals queue, merging, the dashboard. The English fragment has the same keys. */
export const office = {
	'mail.moderation_submitted.subject': 'Neuer Vorschlag wartet auf Freigabe: {title}',
	'mail.moderation_submitted.body': 'Hallo {name},\n\n{proposer} hat „{title}“ auf „Engagiert in {tenant}“ vorgeschlagen. Der Vorschlag wartet in den Freigaben auf Ihre Entscheidung:\n\n{link}',
	'notifications.kind.moderation_submitted': 'Ein neuer Vorschlag wartet auf Freigabe (für die Koordination)',
	'notifications.title.moderation_submitted': 'Neuer Vorschlag wartet auf Freigabe: „{title}“',
	'moderation.someone': 'Jemand'
} as const;
