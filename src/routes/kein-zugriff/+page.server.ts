import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n';

/** The app's error page with the site's layout, for requests the area guard refuses. */
export const load: PageServerLoad = ({ locals }) => {
	error(403, { message: translate(locals.locale, 'error.forbidden'), code: 'forbidden' });
};
