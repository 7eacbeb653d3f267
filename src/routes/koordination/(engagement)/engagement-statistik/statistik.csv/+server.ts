import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { toCsv } from '$lib/server/core/csv';
import { queryValue } from '$lib/server/core/http/query';
import { statusOf } from '$lib/server/core/http/results';
import { translate } from '$lib/i18n';
import { engagementFiguresCsv, showEngagementFigures } from '$lib/server/modules/engagement';

/** The figures page's tables in one CSV file for spreadsheets: table, row, value. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const result = await showEngagementFigures(locals.ctx, { von: queryValue(url, 'von') ?? '', bis: queryValue(url, 'bis') ?? '' });
	if (!result.ok) {
		const { status, message } = statusOf(result.error);
		error(status, { message: translate(locals.locale, message), code: result.error });
	}
	const { header, rows } = engagementFiguresCsv(result.value, locals.locale);
	const { from, to } = result.value.range;
	return new Response(toCsv(header, rows), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="engagement-statistik-${from}-${to}.csv"` }
	});
};
