import { unlistedPrefixes } from '../http/areas';

/**
 * robots.txt for a tenant: everything public is open, the areas that are not public or are
 * unlisted (sign-in pages, the API, print views) are closed. Crawlers read only the host's root
 * file, so the one for `basePath` '' closes the same areas of every tenant under /t/<slug> too.
 */
export function robotsTxt(basePath: string, sitemaps: string[]): string {
	const roots = basePath ? [basePath] : ['', '/t/*'];
	const prefixes = unlistedPrefixes();
	const disallow = roots.flatMap((root) => prefixes.map((prefix) => `Disallow: ${root}${prefix}`));
	return ['User-agent: *', 'Allow: /', ...disallow, '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join('\n');
}
