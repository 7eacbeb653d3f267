import type { Ctx } from '$lib/server/core/context';
import { filterQuery, type TWidgetQuery } from './filters';
import { embedHostsOf, newestOpportunities, type ReachItem } from './queries';

export interface WidgetContent {
	items: ReachItem[];
	/** The search page with the same filters, for "all opportunities". */
	searchUrl: string;
	/** Who may show the widget in a frame: the value of the answer's `frame-ancestors`. */
	frameAncestors: string;
}

/**
 * `frame-ancestors` for the widget: the platform itself (the embed help page shows it) and the
 * host names the town listed. A host without a scheme matches the scheme of the platform's own
 * address, so an https installation is embedded only by https pages.
 */
export const frameAncestors = (hosts: readonly string[]) => ["'self'", ...hosts].join(' ');

/** The widget's content: the newest published opportunities the filters select, and who may frame it. */
export async function opportunityWidget(ctx: Ctx, query: TWidgetQuery): Promise<WidgetContent> {
	const [items, hosts] = await Promise.all([newestOpportunities(ctx.db, ctx.tenant.id, query, query.limit), embedHostsOf(ctx.db, ctx.tenant.id)]);
	return { items, searchUrl: `${ctx.baseUrl}/engagement${filterQuery(query)}`, frameAncestors: frameAncestors(hosts) };
}

/** The Content-Security-Policy of the widget: nothing but its own inline style, framed only where allowed. */
export const widgetPolicy = (ancestors: string) => `default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}`;
