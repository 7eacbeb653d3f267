import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

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
		expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">Stadt</a>');
	});

	it('keeps the gender star in words instead of starting emphasis', () => {
		expect(renderMarkdown('Wir suchen Übungsleiter*innen und Helfer*innen.')).toBe('<p>Wir suchen Übungsleiter*innen und Helfer*innen.</p>\n');
		expect(renderMarkdown('Das ist *wichtig*.')).toContain('<em>wichtig</em>');
	});

	it('never loads images from elsewhere', () => {
		expect(renderMarkdown('![Logo](https://tracker.example/x.png)')).not.toContain('<img');
	});
});
