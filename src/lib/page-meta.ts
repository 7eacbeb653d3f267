/** The page number parameter every list uses (Pager): the one query parameter a canonical address keeps. */
const PAGE_PARAM = 'seite';

/**
 * The address search engines should list for the page at `url`: the tenant's own base URL (never
 * the request's host), the path inside the tenant, and only the page number of a list. Filters,
 * notices (`?abgemeldet`) and tracking parameters are left out.
 */
export function canonicalUrl(baseUrl: string, basePath: string, url: URL): string {
	const path = basePath && url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : url.pathname;
	const pageNumber = url.searchParams.get(PAGE_PARAM);
	const keep = pageNumber && /^[1-9]\d{0,5}$/.test(pageNumber) && pageNumber !== '1' ? `?${PAGE_PARAM}=${pageNumber}` : '';
	return `${baseUrl}${path === '/' ? '/' : path}${keep}`;
}

/** An absolute address for a path of this site (an organisation's logo), as Open Graph wants it. */
export const absoluteUrl = (baseUrl: string, path: string) => new URL(path, baseUrl).href;

/** Open Graph's locale names. */
export const ogLocale = (locale: string) => (locale === 'en' ? 'en_GB' : 'de_DE');
