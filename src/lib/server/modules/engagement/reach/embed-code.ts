import type { Ctx } from '$lib/server/core/context';
import { translate } from '$lib/i18n';
import { listCategories, listDistrictNames } from '$lib/server/modules/directory';
import { filterQuery, type TWidgetQuery } from './filters';
import { FEED_PATH } from './feed';
import { whereOf } from './where';

export const WIDGET_PATH = '/einbetten/engagement';

export interface EmbedCode {
	/** The widget's title, also the iframe's. */
	title: string;
	/** The widget's address with the chosen filters. */
	widgetUrl: string;
	/** What a website pastes into its page. */
	iframe: string;
	feedUrl: string;
	/** Filter choices for the form that builds the code. */
	categories: { value: string; label: string }[];
	districts: { value: string; label: string }[];
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embed code for the chosen filters: an iframe with a title (screen readers name the frame by it), lazily loaded. */
export async function embedCode(ctx: Ctx, query: TWidgetQuery): Promise<EmbedCode> {
	const [categories, districts] = await Promise.all([listCategories(ctx.db, ctx.tenant.id), listDistrictNames(ctx.db, ctx.tenant.id)]);
	const extra = { limit: query.limit === 5 ? '' : String(query.limit), lang: query.lang ?? '' };
	const widgetUrl = `${ctx.baseUrl}${WIDGET_PATH}${filterQuery(query, extra)}`;
	const title = translate(ctx.locale, 'reach.widget.heading', { where: whereOf(ctx) });
	const height = 160 + 110 * query.limit;
	return {
		title,
		widgetUrl,
		iframe: `<iframe src="${attribute(widgetUrl)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0;max-width:40rem" loading="lazy"></iframe>`,
		feedUrl: `${ctx.baseUrl}${FEED_PATH}${filterQuery(query)}`,
		categories: categories.map((c) => ({ value: c.slug, label: ctx.locale === 'en' ? c.nameEn : c.nameDe })),
		districts: districts.map((d) => ({ value: d.slug, label: d.name }))
	};
}
