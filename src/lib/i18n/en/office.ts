import type { Catalogue } from '../messages';

export const office: Catalogue<typeof import('../de/office').office> = {
	'mail.moderation_submitted.subject': 'New proposal awaits approval: {title}',
	'mail.moderation_submitted.body': 'Hello {name},\n\n{proposer} proposed “{title}” on “Engaged in {tenant}”. The proposal awaits your decision in the approvals queue:\n\n{link}',
	'notifications.kind.moderation_submitted': 'A new proposal awaits approval (for the coordination office)',
	'notifications.title.moderation_submitted': 'New proposal awaits approval: “{title}”',
	'moderation.someone': 'Someone'
};
