import { translate, type Locale, type MessageKey } from '$lib/i18n';

export const mailTemplates = {
	verify_email: { subject: 'mail.verify_email.subject', body: 'mail.verify_email.body' },
	reset_password: { subject: 'mail.reset_password.subject', body: 'mail.reset_password.body' },
	change_email: { subject: 'mail.change_email.subject', body: 'mail.change_email.body' },
	email_changed: { subject: 'mail.email_changed.subject', body: 'mail.email_changed.body' },
	email_in_use: { subject: 'mail.email_in_use.subject', body: 'mail.email_in_use.body' },
	accessibility_feedback: { subject: 'mail.accessibility_feedback.subject', body: 'mail.accessibility_feedback.body' },
	moderation_approved: { subject: 'mail.moderation_approved.subject', body: 'mail.moderation_approved.body' },
	moderation_rejected: { subject: 'mail.moderation_rejected.subject', body: 'mail.moderation_rejected.body' },
	moderation_changes_requested: { subject: 'mail.moderation_changes_requested.subject', body: 'mail.moderation_changes_requested.body' },
	organisation_invitation: { subject: 'mail.organisation_invitation.subject', body: 'mail.organisation_invitation.body' },
	organisation_stale: { subject: 'mail.organisation_stale.subject', body: 'mail.organisation_stale.body' }
} as const satisfies Record<string, { subject: MessageKey; body: MessageKey }>;

export type MailTemplate = keyof typeof mailTemplates;

const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Plain text is the source; the HTML part is the same text in paragraphs with links made clickable. */
export function renderMail(template: MailTemplate, locale: Locale, params: Record<string, string>) {
	const keys = mailTemplates[template];
	const subject = translate(locale, keys.subject, params);
	const text = `${translate(locale, keys.body, params)}\n\n-- \n${translate(locale, 'mail.footer', params)}\n`;
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
