import type { Ctx } from '../context';

/** One page for search engines: its path inside the tenant (`/netzwerk/…`) and when its content last changed. */
export interface SitemapEntry {
	path: string;
	lastmod?: Date | null;
}

/** What core or a module lists in the tenant's sitemap.xml: its public pages, read for the tenant of `ctx`. */
export type SitemapSource = (ctx: Ctx) => Promise<SitemapEntry[]>;

const sources: SitemapSource[] = [];

export function registerSitemapSource(source: SitemapSource): void {
	sources.push(source);
}

/**
 * Every source's pages, in the order the sources were installed, each path once: a page two
 * sources name (core lists every page of the main navigation, a module its own with a date)
 * keeps the later of their dates.
 */
export async function sitemapEntries(ctx: Ctx): Promise<SitemapEntry[]> {
	const lists = await Promise.all(sources.map((source) => source(ctx)));
	const byPath = new Map<string, SitemapEntry>();
	for (const entry of lists.flat()) {
		const known = byPath.get(entry.path);
		if (!known) byPath.set(entry.path, entry);
		else if (entry.lastmod && (!known.lastmod || entry.lastmod > known.lastmod)) byPath.set(entry.path, { ...known, lastmod: entry.lastmod });
	}
	return [...byPath.values()];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * The sitemaps.org document for the tenant at `baseUrl`. A municipality stays far below the
 * protocol's 50,000 addresses per file, so there is no index file.
 */
export function renderSitemap(baseUrl: string, entries: SitemapEntry[]): string {
	const urls = entries.map((entry) => {
		const lastmod = entry.lastmod ? `<lastmod>${entry.lastmod.toISOString()}</lastmod>` : '';
		return `<url><loc>${escapeXml(baseUrl + entry.path)}</loc>${lastmod}</url>`;
	});
	return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
