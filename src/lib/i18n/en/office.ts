import type { Catalogue } from '../messages';

export const office: Catalogue<typeof import('../de/office').office> = {
	'mail.moderation_submitted.subject': 'New proposal awaits approval: {title}',
	'mail.moderation_submitted.body': 'Hello {name},\n\n{proposer} proposed “{title}” on “Engaged in {tenant}”. The proposal awaits your decision in the approvals queue:\n\n{link}',
	'notifications.kind.moderation_submitted': 'A new proposal awaits approval (for the coordination office)',
	'notifications.title.moderation_submitted': 'New proposal awaits approval: “{title}”',
	'moderation.someone': 'Someone',
	'moderation.choose_decision': 'Please choose a decision: approve, ask for changes or reject.',
	'moderation.proposer': 'Proposed by',
	'moderation.proposer_unknown': 'not known (submitted without an account, or the account was deleted)',
	'moderation.submitted_at': 'Submitted on',
	'moderation.similar_heading': 'Possibly a duplicate',
	'moderation.similar_intro': 'These entries have a similar name. Check whether it is the same organisation:',
	'moderation.similar_waiting': 'also awaits approval',
	'moderation.similar_published': 'published',
	'moderation.similar_merge': 'Compare and merge',
	'merge.compare_heading': 'Comparison: what the merge keeps',
	'merge.compare_caption': 'The two entries side by side and the result of merging them',
	'merge.field': 'Detail',
	'merge.after': 'After merging',
	'merge.from_duplicate': 'taken from the duplicate',
	'merge.places': 'Places',
	'merge.people': 'People',
	'merge.empty': '–',
	'merge.waiting': 'awaits approval'
};
