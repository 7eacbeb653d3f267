import { Marked, type Tokens } from 'marked';

const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const safeUrl = (href: string) => /^(https?:|mailto:|tel:|\/(?!\/)|#)/i.test(href.trim());

/**
 * Markdown written by admins and organisations, rendered without any HTML of the
 * author's own: raw HTML is shown as text, and links only go to http(s), mail, phone or our own pages.
 */
const marked = new Marked({
	gfm: true,
	breaks: false,
	renderer: {
		html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
		link({ href, title, tokens }: Tokens.Link) {
			const label = this.parser.parseInline(tokens);
			if (!safeUrl(href)) return label;
			const external = /^https?:/i.test(href);
			return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}${external ? ' rel="noopener noreferrer"' : ''}>${label}</a>`;
		},
		image({ text }: Tokens.Image) {
			// No images from other hosts; the alternative text stays.
			return escapeHtml(text);
		}
	}
});

export function renderMarkdown(source: string): string {
	// A gender star between letters ("Helfer*innen") is a word, not the start of emphasis.
	const text = source.replace(/(?<=\p{L})\*(?=\p{L})/gu, '\\*');
	return marked.parse(text, { async: false }) as string;
}
