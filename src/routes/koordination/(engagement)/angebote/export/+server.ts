import type { RequestHandler } from './$types';
import { translate } from '$lib/i18n';
import { statusOf } from '$lib/server/core/http/results';
import { exportOpportunities } from '$lib/server/modules/engagement';

/** Every opportunity of the town as CSV or JSON (`?format=csv|json`), for the office. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const result = await exportOpportunities(locals.ctx, { format: url.searchParams.get('format') ?? 'csv' });
	if (!result.ok) {
		const { status, message } = statusOf(result.error);
		return new Response(translate(locals.locale, message), { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	const { body, contentType, fileName } = result.value;
	return new Response(body, { headers: { 'content-type': contentType, 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'private, no-store' } });
};
