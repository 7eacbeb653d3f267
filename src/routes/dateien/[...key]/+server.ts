import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { contentTypes, FILE_KEY, fileStorage } from '$lib/server/core/files';
import { translate } from '$lib/i18n';

/** Uploaded files of the current tenant; keys never change, so they are cached for good. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const key = params.key;
	const data = FILE_KEY.test(key) && key.startsWith(`${locals.tenant.id}/`) ? await fileStorage().get(key) : null;
	if (!data) error(404, { message: translate(locals.locale, 'error.not_found'), code: 'not_found' });
	return new Response(data as BodyInit, {
		headers: {
			'content-type': contentTypes[key.split('.').pop()!],
			'cache-control': 'public, max-age=31536000, immutable',
			'content-security-policy': "default-src 'none'; sandbox"
		}
	});
};
