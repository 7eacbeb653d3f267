const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** `security@example.org`, `mailto:…` or an https address (a form), as RFC 9116 wants it in `Contact:`. */
export function contactUri(contact: string): string {
	if (/^(mailto:|https:\/\/)/i.test(contact)) return contact;
	return `mailto:${contact}`;
}

/**
 * /.well-known/security.txt (RFC 9116): whom to tell about a vulnerability. It must say when it
 * expires; written fresh for every request, it is always valid for a year from now.
 */
export function securityTxt(input: { contact: string; canonicalUrl: string; now?: Date }): string {
	const expires = new Date((input.now ?? new Date()).getTime() + YEAR_MS);
	return [`Contact: ${contactUri(input.contact)}`, `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`, 'Preferred-Languages: de, en', `Canonical: ${input.canonicalUrl}`, ''].join('\n');
}
