import { withoutGroups } from './areas';

/**
 * Map tiles of the tenant's tile server, within "no third-party requests": the pages with a map
 * may load images from the tile host (CSP img-src), and the map loads them only after a person asks.
 */

/** Pages that show an interactive map (route ids without groups), as modules declare them. */
const mapRoutes = new Set<string>();

export function registerMapRoutes(routeIds: readonly string[]): void {
	for (const id of routeIds) mapRoutes.add(id);
}

/**
 * The CSP source for a tile URL template: https://tile.openstreetmap.org/{z}/{x}/{y}.png gives
 * https://tile.openstreetmap.org; a leading {s} subdomain becomes a wildcard. null when the
 * template names no host a CSP can express.
 */
export function tileSource(tileUrl: string): string | null {
	const match = /^(https?):\/\/([^/?#]+)/i.exec(tileUrl.trim());
	if (!match) return null;
	const host = match[2].toLowerCase().replace(/^\{s\}\./, '*.');
	if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/.test(host)) return null;
	return `${match[1].toLowerCase()}://${host}`;
}

/** The host a person is asked about ("Kartenhintergrund laden (von tile.openstreetmap.org)"). */
export function tileHost(tileUrl: string): string | null {
	return tileSource(tileUrl)?.replace(/^https?:\/\/(\*\.)?/, '') ?? null;
}

export interface MapTiles {
	/** Leaflet URL template, '' for markers on a plain background. */
	url: string;
	attribution: string;
	host: string;
	/** Tiles from another host wait for the person's consent. */
	foreign: boolean;
}

/** What a map page tells its map about tiles; the page's own host needs no consent. */
export function mapTiles(tenant: { tileUrl: string; tileAttribution: string }, pageUrl: URL): MapTiles {
	const host = tileHost(tenant.tileUrl);
	if (!host) return { url: '', attribution: '', host: '', foreign: false };
	return { url: tenant.tileUrl, attribution: tenant.tileAttribution, host, foreign: host !== pageUrl.host };
}

/** Adds a source to the img-src directive of a Content-Security-Policy. */
export function withImageSource(csp: string, source: string): string {
	const directives = csp
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
	const index = directives.findIndex((d) => d.split(/\s+/)[0] === 'img-src');
	if (index < 0) return [...directives, `img-src 'self' ${source}`].join('; ');
	if (directives[index].split(/\s+/).includes(source)) return directives.join('; ');
	directives[index] = `${directives[index]} ${source}`;
	return directives.join('; ');
}

/** Called by the request hook after rendering: on map pages only, the tile host joins img-src. */
export function allowMapTiles(response: Response, routeId: string | null, tileUrl: string): void {
	if (!routeId || !mapRoutes.has(withoutGroups(routeId))) return;
	const csp = response.headers.get('content-security-policy');
	const source = tileSource(tileUrl);
	if (!csp || !source) return;
	response.headers.set('content-security-policy', withImageSource(csp, source));
}
