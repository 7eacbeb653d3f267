import type { RequestHandler } from './$types';
import { robotsTxt } from '$lib/server/core/site';

export const GET: RequestHandler = ({ locals }) =>
	new Response(robotsTxt(locals.basePath, [`${locals.ctx.baseUrl}/sitemap.xml`]), {
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
