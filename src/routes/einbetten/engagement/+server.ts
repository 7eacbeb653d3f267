import { render } from 'svelte/server';
import type { RequestHandler } from './$types';
import { translate, type Locale, type MessageKey, type Params } from '$lib/i18n';
import { fieldErrors } from '$lib/server/core/validation';
import { opportunityWidget, queryLists, widgetPolicy, frameAncestors, embedHostsOf, whereOf, ZWidgetQuery } from '$lib/server/modules/engagement';
import Widget from './Widget.svelte';
import { WIDGET_STYLE } from './style';

/**
 * The widget a club's or the town's website embeds: `<iframe src=".../einbetten/engagement?…">`.
 * An endpoint, not a page: its answer carries a frame-ancestors of the town's listed hosts, while
 * every page of the site keeps refusing to be framed.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const parsed = ZWidgetQuery.safeParse(queryLists(url));
	if (!parsed.success) {
		const [name, key] = Object.entries(fieldErrors(parsed.error))[0];
		const ancestors = frameAncestors(await embedHostsOf(locals.ctx.db, locals.tenant.id));
		return page(
			locals.locale,
			translate(locals.locale, 'reach.widget.heading', { where: whereOf(locals.ctx) }),
			`<p>${escapeHtml(translate(locals.locale, 'reach.error.filter', { name: name.split('.')[0], message: translate(locals.locale, key) }))}</p>`,
			ancestors,
			400
		);
	}
	const locale: Locale = parsed.data.lang ?? locals.locale;
	const ctx = { ...locals.ctx, locale };
	const content = await opportunityWidget(ctx, parsed.data);
	const t = (key: MessageKey, params?: Params) => translate(locale, key, params);
	const title = t('reach.widget.heading', { where: whereOf(ctx) });
	const { body } = render(Widget, {
		props: { items: content.items, searchUrl: content.searchUrl, baseUrl: ctx.baseUrl, locale, title, color: locals.tenant.colorPrimary, t }
	});
	return page(locale, title, body, content.frameAncestors, 200);
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(locale: Locale, title: string, body: string, ancestors: string, status: number): Response {
	const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${WIDGET_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
	return new Response(html, {
		status,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': widgetPolicy(ancestors),
			// A listed site may change; caches keep the answer a few minutes at most.
			'cache-control': 'public, max-age=300',
			vary: 'accept-language, cookie'
		}
	});
}
