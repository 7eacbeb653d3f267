import type { MessageKey } from '$lib/i18n';
import type { Ctx } from '../context';
import { can, type Action } from '../permissions';

/** Where a link appears: the site's main navigation, the home page's cards, Mein Bereich, the coordination office, the administration. */
export type NavigationArea = 'public' | 'home' | 'resident' | 'coordination' | 'admin';

export interface NavigationEntry {
	area: NavigationArea;
	/** Path inside the tenant, e.g. /netzwerk. */
	path: string;
	label: MessageKey;
	/** A sentence for the card on the area's start page. */
	teaser?: MessageKey;
	/** Lower comes first; entries of equal order keep the order modules are listed in. */
	order?: number;
	/** Shown only to whom the tenant-wide action allows; the area's own permission applies anyway. */
	permission?: Action;
	/** A number to show beside the link (open items), or 0 for none. */
	count?: (ctx: Ctx) => Promise<number>;
	/** The label of a search box on the card that sends its words as `q` to the path (home page). */
	search?: MessageKey;
	/** A hint under that search box, e.g. what to type. */
	searchHint?: MessageKey;
	/** A few current things to show on the card (home page), e.g. the newest opportunities. */
	items?: (ctx: Ctx) => Promise<NavigationItem[]>;
	/** The change topics (core/changes.ts) those items are read from, so a page showing them can be kept until one moves. */
	itemTopics?: string[];
	/** Shown only when this says so for the request's actor (a card about something the person has set up). */
	visible?: (ctx: Ctx) => Promise<boolean>;
}

/** One thing a card shows: people's own words (a title), not a message key. */
export interface NavigationItem {
	text: string;
	/** A second line, e.g. who offers it. */
	note: string | null;
	/** Inside the tenant, e.g. /engagement/<id>; with `absolute`, a whole path of another tenant (/t/<slug>/…). */
	path: string;
	absolute?: boolean;
}

export interface NavigationLink {
	path: string;
	label: MessageKey;
	teaser: MessageKey | null;
	count: number;
	search: MessageKey | null;
	searchHint: MessageKey | null;
	items: NavigationItem[];
}

const entries: NavigationEntry[] = [];

export function registerNavigation(moduleEntries: NavigationEntry[]): void {
	for (const entry of moduleEntries) {
		if (entries.some((e) => e.area === entry.area && e.path === entry.path)) throw new Error(`navigation ${entry.area} ${entry.path} is declared twice`);
		entries.push(entry);
	}
}

/** The links of one area this request's actor may follow, in order, with their counts (and, when asked, the cards' current items). */
export async function navigationFor(ctx: Ctx, area: NavigationArea, options: { items?: boolean } = {}): Promise<NavigationLink[]> {
	const allowed = entries
		.map((entry, index) => ({ entry, index }))
		.filter(({ entry }) => entry.area === area && (!entry.permission || can(ctx.actor, entry.permission, { kind: 'tenant', tenantId: ctx.tenant.id })))
		.sort((a, b) => (a.entry.order ?? 100) - (b.entry.order ?? 100) || a.index - b.index);
	const shown = await Promise.all(allowed.map(({ entry }) => (entry.visible ? entry.visible(ctx) : true)));
	return Promise.all(
		allowed
			.filter((_, i) => shown[i])
			.map(async ({ entry }) => ({
				path: entry.path,
				label: entry.label,
				teaser: entry.teaser ?? null,
				count: entry.count ? await entry.count(ctx) : 0,
				search: entry.search ?? null,
				searchHint: entry.searchHint ?? null,
				items: entry.items && options.items ? await entry.items(ctx) : []
			}))
	);
}

/** The change topics the cards' items of an area are read from; `null` when a card with items names none, so its page is built anew. */
export function itemTopicsFor(area: NavigationArea): string[] | null {
	const withItems = entries.filter((entry) => entry.area === area && entry.items);
	if (withItems.some((entry) => !entry.itemTopics)) return null;
	return [...new Set(withItems.flatMap((entry) => entry.itemTopics!))];
}
