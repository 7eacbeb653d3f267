import { accessibilityFeatures, languages, organisationKinds, targetGroups } from '../vocabulary';

/** The HTML form sends social links as numbered pairs; the contracts want a list. */
export function organisationInputFromForm(values: Record<string, string | string[]>): Record<string, unknown> {
	const socialLinks = [0, 1, 2].map((i) => ({ label: String(values[`socialLabel${i}`] ?? '').trim(), url: String(values[`socialUrl${i}`] ?? '').trim() })).filter((link) => link.url);
	return { ...values, socialLinks: socialLinks.map((l) => ({ label: l.label || hostOf(l.url), url: l.url })) };
}

function hostOf(url: string): string {
	try {
		return new URL(/^https?:/i.test(url) ? url : `https://${url}`).hostname;
	} catch {
		return 'Link';
	}
}

/** The closed lists the organisation form offers. */
export const formVocabulary = { kinds: organisationKinds, targetGroups, languages, accessibility: accessibilityFeatures };
