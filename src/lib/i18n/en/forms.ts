import type { Catalogue } from '../messages';

export const forms: Catalogue<typeof import('../de/forms').forms> = {
	'forms.logo_keeps_profile': 'What you changed in the profile above is kept when you upload; it is saved only with “{save}”.'
};
