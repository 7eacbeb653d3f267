import { describe, expect, it } from 'vitest';
import { allowMapTiles, mapTiles, registerMapRoutes, tileHost, tileSource, withImageSource } from './map-tiles';

// As the directory declares them in its manifest.
registerMapRoutes(['/netzwerk/stadtplan', '/netzwerk/spaziergaenge/[slug]', '/netzwerk/organisationen/[id=uuid]', '/netzwerk/organisationen/[id=uuid]/bearbeiten']);

const csp = "default-src 'self'; img-src 'self' data:; script-src 'self' 'nonce-abc'";

describe('map tiles and the Content-Security-Policy', () => {
	it('derives the CSP source of a tile URL template', () => {
		expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
		expect(tileSource('https://{s}.tile.example.de/{z}/{x}/{y}.png')).toBe('https://*.tile.example.de');
		expect(tileSource('https://Karten.Stadt.example:8443/tiles/{z}/{x}/{y}.png')).toBe('https://karten.stadt.example:8443');
		expect(tileSource('')).toBeNull();
		expect(tileSource('https://tiles{s}.example/{z}/{x}/{y}.png')).toBeNull();
		expect(tileSource("https://x.example; script-src 'unsafe-inline'/{z}/{x}/{y}")).toBeNull();
		expect(tileHost('https://{s}.tile.example.de/{z}/{x}/{y}.png')).toBe('tile.example.de');
	});

	it('adds the source to img-src once, leaving the other directives alone', () => {
		const changed = withImageSource(csp, 'https://tile.openstreetmap.org');
		expect(changed).toBe("default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; script-src 'self' 'nonce-abc'");
		expect(withImageSource(changed, 'https://tile.openstreetmap.org')).toBe(changed);
		expect(withImageSource("default-src 'self'", 'https://t.example')).toBe("default-src 'self'; img-src 'self' https://t.example");
	});

	it('changes the header only on map pages and only with a tile server', () => {
		const page = (routeId: string | null, tileUrl: string) => {
			const response = new Response('', { headers: { 'content-security-policy': csp } });
			allowMapTiles(response, routeId, tileUrl);
			return response.headers.get('content-security-policy');
		};
		const osm = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
		expect(page('/netzwerk/stadtplan', osm)).toContain("img-src 'self' data: https://tile.openstreetmap.org;");
		expect(page('/netzwerk/spaziergaenge/[slug]', osm)).toContain('https://tile.openstreetmap.org');
		expect(page('/(directory)/netzwerk/stadtplan', osm)).toContain('https://tile.openstreetmap.org');
		expect(page('/netzwerk/organisationen/[id=uuid]', osm)).toContain('https://tile.openstreetmap.org');
		expect(page('/netzwerk/organisationen/[id=uuid]/bearbeiten', osm)).toContain('https://tile.openstreetmap.org');
		expect(page('/netzwerk/organisationen/[id=uuid]/personen', osm)).toBe(csp);
		expect(page('/netzwerk/organisationen', osm)).toBe(csp);
		expect(page('/netzwerk/stadtplan/drucken', osm)).toBe(csp);
		expect(page('/anmelden', osm)).toBe(csp);
		expect(page(null, osm)).toBe(csp);
		expect(page('/netzwerk/stadtplan', '')).toBe(csp);
		const withoutCsp = new Response('');
		allowMapTiles(withoutCsp, '/netzwerk/stadtplan', osm);
		expect(withoutCsp.headers.get('content-security-policy')).toBeNull();
	});

	it('asks for consent only for tiles from another host', () => {
		const tenant = { tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', tileAttribution: '© OSM' };
		expect(mapTiles(tenant, new URL('https://engagement.example/netzwerk/stadtplan'))).toEqual({ url: tenant.tileUrl, attribution: '© OSM', host: 'tile.openstreetmap.org', foreign: true });
		expect(mapTiles({ tileUrl: 'https://engagement.example/kacheln/{z}/{x}/{y}.png', tileAttribution: '' }, new URL('https://engagement.example/'))).toMatchObject({ foreign: false });
		expect(mapTiles({ tileUrl: '', tileAttribution: 'x' }, new URL('https://engagement.example/'))).toEqual({ url: '', attribution: '', host: '', foreign: false });
	});
});
