import type { RequestHandler } from './$types';
import { renderSitemap, sitemapEntries } from '$lib/server/core/site';

/** The tenant's public pages, from core and every installed module (their manifests' `sitemap`). */
export const GET: RequestHandler = async ({ locals }) =>
	new Response(renderSitemap(locals.ctx.baseUrl, await sitemapEntries(locals.ctx)), {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
