import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { translate } from '$lib/i18n';
import { webManifest } from '$lib/server/core/site';

export const GET: RequestHandler = ({ locals }) => {
	const { tenant, locale, basePath } = locals;
	const manifest = webManifest({ name: translate(locale, 'layout.brand', { name: tenant.name }), shortName: tenant.name, basePath, lang: locale, themeColor: tenant.colorPrimary });
	return json(manifest, { headers: { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
};
