import { translate, type Locale, type MessageKey } from '$lib/i18n';

/** A mail's subject and body in the catalogue; `{name}` placeholders are filled from the mail's params. */
export interface MailTemplate {
	subject: MessageKey;
	body: MessageKey;
}

const templates = new Map<string, MailTemplate>();

/**
 * Each capability registers the mails it sends (usually through `registerNotificationKinds`),
 * so core lists none of them. A name registered twice keeps its first template.
 */
export function registerMailTemplates(entries: Record<string, MailTemplate>): void {
	for (const [name, template] of Object.entries(entries)) if (!templates.has(name)) templates.set(name, template);
}

export function mailTemplate(name: string): MailTemplate {
	const template = templates.get(name);
	if (!template) throw new Error(`mail template ${name} is not registered`);
	return template;
}

/** Links at the foot of a mail people may stop: one click unsubscribes, the other opens all settings. */
export interface MailFooterLinks {
	unsubscribe: string;
	settings?: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Plain text is the source; the HTML part is the same text in paragraphs with links made clickable. */
export function renderMail(template: string, locale: Locale, params: Record<string, string>, links?: MailFooterLinks) {
	const keys = mailTemplate(template);
	const subject = translate(locale, keys.subject, params);
	const footer = [
		translate(locale, 'mail.footer', params),
		...(links ? [translate(locale, 'mail.footer_unsubscribe', { link: links.unsubscribe })] : []),
		...(links?.settings ? [translate(locale, 'mail.footer_settings', { link: links.settings })] : [])
	].join('\n');
	const text = `${translate(locale, keys.body, params)}\n\n-- \n${footer}\n`;
	const paragraphs = text
		.trim()
		.split(/\n{2,}/)
		.map((p) =>
			escapeHtml(p)
				.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
				.replace(/\n/g, '<br>')
		);
	const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:sans-serif;line-height:1.5">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
	return { subject, text, html };
}
