import type { PageServerLoad } from './$types';
import { showEngagementFigures } from '$lib/server/modules/engagement';
import { valueOrError } from '$lib/server/core/http/results';
import { queryValue } from '$lib/server/core/http/query';

export const load: PageServerLoad = async ({ locals, url }) => {
	const asked = { von: queryValue(url, 'von') ?? '', bis: queryValue(url, 'bis') ?? '' };
	const result = await showEngagementFigures(locals.ctx, asked);
	// A period that cannot be read keeps what was typed and says why beside the field.
	if (!result.ok && result.error === 'invalid') return { asked, fields: result.fields ?? {}, figures: null };
	const figures = valueOrError(result, locals.locale);
	return { asked: { von: figures.range.from, bis: figures.range.to }, fields: {}, figures };
};
