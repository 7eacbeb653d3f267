import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { translate } from '$lib/i18n';
import { whereIn } from '$lib/i18n/where';
import { webManifest } from '$lib/server/core/site';

export const GET: RequestHandler = ({ locals }) => {
	const { tenant, locale, basePath } = locals;
	const manifest = webManifest({
		name: translate(locale, 'layout.brand', { where: whereIn((key, params) => translate(locale, key, params), tenant) }),
		shortName: tenant.name,
		basePath,
		lang: locale,
		themeColor: tenant.colorPrimary
	});
	return json(manifest, { headers: { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
};
