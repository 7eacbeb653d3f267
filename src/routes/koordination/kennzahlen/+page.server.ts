import type { PageServerLoad } from './$types';
import { computeStatistics } from '$lib/server/core/statistics';
import { valueOrError } from '$lib/server/core/http/results';
import { queryValue } from '$lib/server/core/http/query';

export const load: PageServerLoad = async ({ locals, url }) => {
	const asked = { von: queryValue(url, 'von') || undefined, bis: queryValue(url, 'bis') || undefined };
	const result = await computeStatistics(locals.ctx, asked);
	// A range that cannot be read keeps what was typed and says why beside the field.
	if (!result.ok && result.error === 'invalid') return { asked, fields: result.fields ?? {}, range: null, figures: [] };
	const { range, figures } = valueOrError(result, locals.locale);
	return { asked: { von: range.from, bis: range.to }, fields: {}, range, figures };
};
