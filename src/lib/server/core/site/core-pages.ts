import type { Ctx } from '../context';
import { navigationFor } from '../navigation';
import { legalSitemap } from '../legal';
import type { SitemapEntry } from './sitemap';

/** Core's pages for the sitemap: the home page, every page of the main navigation and the legal pages. */
export async function corePages(ctx: Ctx): Promise<SitemapEntry[]> {
	const sections = await navigationFor(ctx, 'public');
	return [{ path: '/' }, ...sections.map((link) => ({ path: link.path })), ...(await legalSitemap(ctx))];
}
