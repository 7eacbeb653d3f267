import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { listAccessibilityFeedback } from '$lib/server/core/legal';
import { valueOrError } from '$lib/server/core/http/results';
import { queryValue } from '$lib/server/core/http/query';

const ZPage = z.coerce.number().int().min(1).max(100_000).catch(1);

export const load: PageServerLoad = async ({ locals, url }) => {
	const page = ZPage.parse(queryValue(url, 'seite') ?? 1);
	return { list: valueOrError(await listAccessibilityFeedback(locals.ctx, page), locals.locale), page };
};
