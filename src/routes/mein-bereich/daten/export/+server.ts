import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exportMyData } from '$lib/server/core/accounts';
import { translate } from '$lib/i18n';

export const GET: RequestHandler = async ({ locals }) => {
	const result = await exportMyData(locals.ctx);
	if (!result.ok) error(403, { message: translate(locals.locale, 'error.forbidden'), code: 'forbidden' });
	const date = new Date().toISOString().slice(0, 10);
	return json(result.value, {
		headers: {
			'content-disposition': `attachment; filename="meine-daten-${locals.tenant.slug}-${date}.json"`,
			'cache-control': 'no-store'
		}
	});
};
