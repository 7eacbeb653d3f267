import type { Ctx } from '$lib/server/core/context';
import { translate, type Locale, type MessageKey } from '$lib/i18n';
import { filterQuery, type TReachFilters } from './filters';
import { whereOf } from './where';
import { newestOpportunities, type ReachItem } from './queries';

/** A feed lists this many of the newest opportunities: readers poll it and keep what they saw. */
export const FEED_LENGTH = 50;

export const FEED_PATH = '/engagement/feed.xml';
export const FEED_TYPE = 'application/atom+xml';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Control characters other than tab and line breaks are not allowed in XML 1.0 at all, not even escaped. */
const xmlText = (text: string) => escapeXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));

/** Markdown marks would show as they are in a plain-text summary. */
const plain = (markdown: string, max = 400) => {
	const text = markdown
		.replace(/[*_`#>[\]]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
};

/**
 * What a search page puts in its head so that feed readers and browsers find the feed of the
 * same filters: `<link rel="alternate" type="application/atom+xml" href={href} title={title}>`.
 * `basePath` is the tenant's path prefix (`/t/<slug>` or '').
 */
export function feedLink(basePath: string, filters: TReachFilters, locale: Locale): { rel: 'alternate'; type: typeof FEED_TYPE; href: string; title: string } {
	return { rel: 'alternate', type: FEED_TYPE, href: `${basePath}${FEED_PATH}${filterQuery(filters)}`, title: translate(locale, 'reach.feed.title') };
}

function entry(ctx: Ctx, item: ReachItem): string {
	const url = `${ctx.baseUrl}/engagement/${item.id}`;
	const where = item.online ? [translate(ctx.locale, 'reach.online'), ...item.districts] : item.districts;
	const summary = [`${item.organisation} · ${translate(ctx.locale, `engagement.commitment.${item.commitment}` as MessageKey)}${where.length ? ` · ${where.join(', ')}` : ''}`, plain(item.tasks)]
		.filter(Boolean)
		.join('\n');
	return [
		'<entry>',
		`<id>urn:uuid:${item.id}</id>`,
		`<title type="text">${xmlText(item.title)}</title>`,
		`<link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
		`<published>${item.publishedAt.toISOString()}</published>`,
		`<updated>${item.updatedAt.toISOString()}</updated>`,
		`<author><name>${xmlText(item.organisation)}</name></author>`,
		...item.fields.map((f) => `<category term="${xmlText(f.de)}" label="${xmlText(ctx.locale === 'en' ? f.en : f.de)}"/>`),
		`<summary type="text">${xmlText(summary)}</summary>`,
		'</entry>'
	].join('\n');
}

/** The Atom feed (RFC 4287) of the newest published opportunities the filters select. */
export async function opportunityFeed(ctx: Ctx, filters: TReachFilters): Promise<string> {
	const items = await newestOpportunities(ctx.db, ctx.tenant.id, filters, FEED_LENGTH);
	const query = filterQuery(filters);
	const self = `${ctx.baseUrl}${FEED_PATH}${query}`;
	// Without entries the feed changed last when the town's record did: a stable date, not "now".
	const updated = items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), items[0]?.updatedAt ?? ctx.tenant.createdAt);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${ctx.locale}">`,
		`<id>${xmlText(self)}</id>`,
		`<title type="text">${xmlText(translate(ctx.locale, 'reach.feed.heading', { where: whereOf(ctx) }))}</title>`,
		`<subtitle type="text">${xmlText(translate(ctx.locale, 'reach.feed.subtitle'))}</subtitle>`,
		`<link rel="self" type="${FEED_TYPE}" href="${xmlText(self)}"/>`,
		`<link rel="alternate" type="text/html" href="${xmlText(`${ctx.baseUrl}/engagement${query}`)}"/>`,
		`<updated>${updated.toISOString()}</updated>`,
		`<author><name>${xmlText(ctx.tenant.officeName || ctx.tenant.name)}</name></author>`,
		...items.map((item) => entry(ctx, item)),
		'</feed>',
		''
	].join('\n');
}
