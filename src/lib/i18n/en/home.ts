import type { Catalogue } from '../index';

export const home: Catalogue<typeof import('../de/home').home> = {
	'where.municipality': 'in {name}',
	'where.district': 'in {name}',
	'register.privacy_link': 'privacy policy',
	'error.page_title': '{heading} – {site}',
	'home.directory_search': 'Search clubs, initiatives and organisations',
	'home.search_submit': 'Search',
	'myorgs.title': 'My organisations',
	'myorgs.teaser': 'Your clubs and proposals: where they stand and what to do next.',
	'myorgs.intro': 'Here you see every organisation you look after or have proposed, and where it stands.',
	'myorgs.none': 'You do not look after an organisation yet. Is your club or initiative missing from the directory? Propose it.',
	'myorgs.status': 'Status',
	'myorgs.role': 'Your role',
	'myorgs.proposer': 'proposed by you',
	'myorgs.proposed_hint': 'The coordination office is checking your proposal. You will be notified as soon as it is published.',
	'myorgs.changes_hint': 'The coordination office asks for changes. Please revise the entry; it will then be checked again.',
	'myorgs.archived_hint': 'The entry is archived and not shown publicly. You can restore it on the edit page.',
	'myorgs.next_steps': 'Next steps for {name}',
	'myorgs.add_place': 'Add a place so it appears on the map',
	'myorgs.edit': 'Edit the entry',
	'myorgs.invite': 'Invite people',
	'myorgs.joined': 'Invitation accepted: you now look after “{organisation}” as {role}.',
	'myorgs.back': 'Back to My area'
};
