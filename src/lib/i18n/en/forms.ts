import type { Catalogue } from '../messages';

export const forms: Catalogue<typeof import('../de/forms').forms> = {
	'forms.logo_keeps_profile': 'What you changed in the profile above is kept when you upload; it is saved only with “{save}”.',
	'forms.confirm_intro': 'Nothing has happened yet. If you confirm, this follows:',
	'forms.cancel': 'Cancel',
	'forms.category_question': 'Delete the field of activity “{name}”?',
	'forms.category_loses.one': '{count} organisation loses this field of activity.',
	'forms.category_loses.other': '{count} organisations lose this field of activity.',
	'forms.category_orgs_stay': 'The organisations themselves stay in the register. Deleting cannot be undone.',
	'forms.archive_question': 'Archive “{name}”?',
	'forms.archive_hidden': 'The profile disappears from the register, the map and the open data.',
	'forms.archive_places.one': '{count} place is no longer shown on the map.',
	'forms.archive_places.other': '{count} places are no longer shown on the map.',
	'forms.archive_walks.one': '{count} volunteering walk loses stops.',
	'forms.archive_walks.other': '{count} volunteering walks lose stops.',
	'forms.archive_restorable': 'The coordination office can restore the organisation.',
	'forms.logo_question': 'Remove the logo of “{name}”?',
	'forms.logo_gone': 'The logo disappears from your page, the register and the open data; the file is deleted.',
	'forms.place_question': 'Remove the place “{name}”?',
	'forms.place_gone': 'The place disappears from your page and from the map.',
	'forms.place_walks.one': 'It is taken out of {count} volunteering walk.',
	'forms.place_walks.other': 'It is taken out of {count} volunteering walks.'
};
