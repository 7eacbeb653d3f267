import { describe, expect, it } from 'vitest';
import { safeNext, sameSitePath } from './safe-next';

const FALLBACK = '/mein-bereich';

describe('safeNext', () => {
	it('follows paths of this site, with their query and fragment', () => {
		expect(safeNext('/mein-bereich/konto', FALLBACK)).toBe('/mein-bereich/konto');
		expect(safeNext('/t/musterstadt/netzwerk/organisationen?q=sport&seite=2#liste', FALLBACK)).toBe('/t/musterstadt/netzwerk/organisationen?q=sport&seite=2#liste');
		expect(safeNext('/suche?q=%C3%A4', FALLBACK)).toBe('/suche?q=%C3%A4');
	});

	it('answers a percent-encoded path that a Location header can carry', () => {
		expect(safeNext('/netzwerk/spaziergänge', FALLBACK)).toBe('/netzwerk/spazierg%C3%A4nge');
		expect(safeNext('/a/../b', FALLBACK)).toBe('/b');
	});

	it.each([
		['missing', null],
		['empty', ''],
		['protocol-relative', '//evil.example/'],
		['backslash', '/\\evil.example/'],
		['backslash first', '\\\\evil.example'],
		['tab', '/\t/evil.example/'],
		['newline', '/\n/evil.example/'],
		['CR LF header injection', '/x\r\nSet-Cookie: a=b'],
		['CR LF only', '\r\n'],
		['leading space', ' /x'],
		['space inside', '/x y'],
		['no-break space', '/\u00a0/evil.example'],
		['line separator', '/\u2028/evil.example'],
		['zero-width space', '/\u200b/evil.example'],
		['NUL', '/x\u0000'],
		['DEL', '/x\u007f'],
		['encoded CR LF in the path', '/x%0d%0aSet-Cookie:%20a=b'],
		['encoded slashes', '/%2F%2Fevil.example'],
		['encoded backslash', '/%5Cevil.example'],
		['encoded slash after dots', '/..//evil.example'],
		['dot segments to a double slash', '/./%2e%2e//evil.example'],
		['broken percent encoding', '/%E0%A4%A'],
		['javascript', 'javascript:alert(1)'],
		['javascript in mixed case', 'JaVaScRiPt:alert(1)'],
		['data', 'data:text/html,<script>alert(1)</script>'],
		['absolute https', 'https://evil.example/'],
		['absolute http', 'http://evil.example/'],
		['scheme without slashes', 'https:evil.example'],
		['relative', 'mein-bereich'],
		['user info', '//user@evil.example'],
		['very long', '/' + 'a'.repeat(3000)]
	])('refuses %s', (_, value) => {
		expect(safeNext(value, FALLBACK)).toBe(FALLBACK);
		expect(sameSitePath(value)).toBeUndefined();
	});

	it('keeps a path that only looks like a scheme, since it stays on this site', () => {
		expect(safeNext('/javascript:alert(1)', FALLBACK)).toBe('/javascript:alert(1)');
	});
});
