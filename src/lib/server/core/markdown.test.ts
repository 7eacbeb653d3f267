import { describe, expect, it } from 'vitest';
import { markdownSummary, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders headings, lists and emphasis', () => {
		const html = renderMarkdown('## Kontakt\n\n- **Rathaus**\n- Markt 1');
		expect(html).toContain('<h2>Kontakt</h2>');
		expect(html).toContain('<li><strong>Rathaus</strong></li>');
	});

	it('shows raw HTML as text instead of running it', () => {
		const html = renderMarkdown('Hallo <script>alert(1)</script> <img src=x onerror=alert(1)>');
		expect(html).not.toContain('<script');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;script&gt;');
	});

	it('drops javascript: links but keeps their text', () => {
		const html = renderMarkdown('[klick](javascript:alert(1)) und [Stadt](https://example.org)');
		expect(html).not.toContain('javascript:');
		expect(html).toContain('klick');
		expect(html).toContain('<a href="https://example.org" rel="nofollow noopener noreferrer">Stadt</a>');
	});

	it('keeps links to other sites, mail, phone and clean paths of this site', () => {
		const html = renderMarkdown('[A](http://verein.example/a?b=1) [B](mailto:buero@verein.example) [C](tel:+494211234) [D](/netzwerk/organisationen?q=sport) [E](#kontakt)');
		expect(html).toContain('<a href="http://verein.example/a?b=1" rel="nofollow noopener noreferrer">A</a>');
		expect(html).toContain('<a href="mailto:buero@verein.example">B</a>');
		expect(html).toContain('<a href="tel:+494211234">C</a>');
		expect(html).toContain('<a href="/netzwerk/organisationen?q=sport">D</a>');
		expect(html).toContain('<a href="#kontakt">E</a>');
	});

	it.each([
		['a backslash path that browsers read as another host', '[Rathaus](/\\evil.example/)'],
		['a protocol-relative link', '[Rathaus](//evil.example/)'],
		['encoded slashes', '[Rathaus](/%2F%2Fevil.example)'],
		['an encoded backslash', '[Rathaus](/%5Cevil.example)'],
		['dot segments to a double slash', '[Rathaus](/..//evil.example)'],
		['a hidden tab in a scheme', '[Rathaus](<java\tscript:alert(1)>)'],
		['an encoded tab in a scheme', '[Rathaus](java&#9;script:alert(1))'],
		['upper-case javascript', '[Rathaus](JAVASCRIPT:alert(1))'],
		['data', '[Rathaus](data:text/html;base64,PHNjcmlwdD4=)'],
		['vbscript', '[Rathaus](vbscript:msgbox)'],
		['file', '[Rathaus](file:///etc/passwd)'],
		['a relative path', '[Rathaus](rathaus.html)'],
		['an odd fragment', '[Rathaus](#"onmouseover=alert(1))'],
		['a reference link', '[Rathaus][r]\n\n[r]: /\\evil.example/']
	])('shows %s as plain text', (_, source) => {
		const html = renderMarkdown(source);
		expect(html).not.toContain('<a');
		expect(html).toContain('Rathaus');
	});

	it('keeps the gender star in words instead of starting emphasis', () => {
		expect(renderMarkdown('Wir suchen Übungsleiter*innen und Helfer*innen.')).toBe('<p>Wir suchen Übungsleiter*innen und Helfer*innen.</p>\n');
		expect(renderMarkdown('Das ist *wichtig*.')).toContain('<em>wichtig</em>');
	});

	it('never loads images from elsewhere', () => {
		expect(renderMarkdown('![Logo](https://tracker.example/x.png)')).not.toContain('<img');
	});
});

describe('markdownSummary', () => {
	it('gives the text without markup, as one line', () => {
		expect(markdownSummary('## Wir\n\nDer **TSV** turnt & spielt.\n\n- Fußball\n- <b>Tennis</b>')).toBe('Wir Der TSV turnt & spielt. Fußball <b>Tennis</b>');
	});

	it('cuts long texts at a word', () => {
		const summary = markdownSummary(`${'Wort '.repeat(60)}Ende`, 40);
		expect(summary.length).toBeLessThanOrEqual(40);
		expect(summary).toMatch(/^Wort( Wort)*…$/);
	});
});
