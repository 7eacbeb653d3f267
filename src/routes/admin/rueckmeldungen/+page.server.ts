import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { listAccessibilityFeedback } from '$lib/server/core/legal';
import { translate } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url }) => {
	const page = Math.max(1, Number(url.searchParams.get('seite')) || 1);
	const list = await listAccessibilityFeedback(locals.ctx, page);
	if (!list) error(403, { message: translate(locals.locale, 'error.forbidden'), code: 'forbidden' });
	return { list, page };
};
