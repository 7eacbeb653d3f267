import { describe, expect, it } from 'vitest';
import { absoluteUrl, canonicalUrl } from './page-meta';

describe('canonicalUrl', () => {
	const base = 'https://engagement.example';

	it('uses the tenant base URL and keeps only the page number of a list', () => {
		expect(canonicalUrl(base, '', new URL('http://other-host:4000/netzwerk/organisationen?q=sport&utm_source=x&seite=3'))).toBe(`${base}/netzwerk/organisationen?seite=3`);
		expect(canonicalUrl(base, '', new URL('http://localhost/netzwerk/organisationen?seite=1&fbclid=abc'))).toBe(`${base}/netzwerk/organisationen`);
		expect(canonicalUrl(base, '', new URL('http://localhost/?abgemeldet'))).toBe(`${base}/`);
	});

	it('ignores page numbers that are no page numbers', () => {
		expect(canonicalUrl(base, '', new URL('http://localhost/netzwerk/organisationen?seite=abc'))).toBe(`${base}/netzwerk/organisationen`);
		expect(canonicalUrl(base, '', new URL('http://localhost/netzwerk/organisationen?seite=-2'))).toBe(`${base}/netzwerk/organisationen`);
	});

	it('does not repeat the /t/<slug> prefix the base URL already has', () => {
		expect(canonicalUrl(`${base}/t/nordheim`, '/t/nordheim', new URL('http://localhost/t/nordheim/netzwerk'))).toBe(`${base}/t/nordheim/netzwerk`);
		expect(canonicalUrl(`${base}/t/nordheim`, '/t/nordheim', new URL('http://localhost/t/nordheim'))).toBe(`${base}/t/nordheim/`);
	});

	it('makes paths absolute for link previews', () => {
		expect(absoluteUrl(`${base}/t/nordheim`, '/t/nordheim/dateien/logo.png')).toBe(`${base}/t/nordheim/dateien/logo.png`);
	});
});
