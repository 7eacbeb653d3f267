import { Marked, type Tokens } from 'marked';
import { sameSitePath } from './http/safe-next';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type LinkTarget = { href: string; external: boolean };

/** Whitespace and control characters: browsers drop some of them, so `java\tscript:` would run. */
const HIDDEN_CHARACTER = /[\u0000-\u0020\u007f-\u00a0\u2028\u2029\u200b-\u200f\ufeff]/u;

/**
 * Where a link may go: http(s) to other sites, mail and phone, or a clean path of this site (the
 * same normalisation as return paths after sign-in, so `/\\evil.example` is not taken for one).
 */
function linkTarget(raw: string): LinkTarget | undefined {
	const href = raw.trim();
	if (href.startsWith('#')) return /^#[\p{L}\p{N}_-]*$/u.test(href) ? { href, external: false } : undefined;
	if (href.startsWith('/')) {
		const path = sameSitePath(href);
		return path ? { href: path, external: false } : undefined;
	}
	if (HIDDEN_CHARACTER.test(href) || href.includes('\\')) return undefined;
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return undefined;
	}
	if (url.protocol === 'https:' || url.protocol === 'http:') return url.hostname ? { href, external: true } : undefined;
	if (url.protocol === 'mailto:' || url.protocol === 'tel:') return { href, external: false };
	return undefined;
}

/**
 * Markdown written by admins and organisations, rendered without any HTML of the
 * author's own: raw HTML is shown as text, and links only go to http(s), mail, phone or clean paths of our own site.
 */
const marked = new Marked({
	gfm: true,
	breaks: false,
	renderer: {
		html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
		link({ href, title, tokens }: Tokens.Link) {
			const label = this.parser.parseInline(tokens);
			const target = linkTarget(href);
			if (!target) return label;
			// Authors are organisations and residents too: their links earn no ranking from the town's site.
			const rel = target.external ? ' rel="nofollow noopener noreferrer"' : '';
			return `<a href="${escapeHtml(target.href)}"${title ? ` title="${escapeHtml(title)}"` : ''}${rel}>${label}</a>`;
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

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The opening words of a Markdown text as one plain line, for a page's meta description: no
 * markup, at most `maxLength` characters, cut at a word with "…".
 */
export function markdownSummary(source: string, maxLength = 160): string {
	const text = renderMarkdown(source)
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity])
		.replace(/\s+/g, ' ')
		.trim();
	if (text.length <= maxLength) return text;
	const cut = text.slice(0, maxLength - 1);
	const atWord = cut.lastIndexOf(' ') > maxLength / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
	return `${atWord.replace(/[\s,;:.–-]+$/, '')}…`;
}
