import { isLocale, type Locale } from '$lib/i18n';

/**
 * The language a browser asks for most among ours, by the q-values of `Accept-Language`
 * (RFC 9110, 12.5.4): `en-GB;q=0.9, de;q=0.8` → `en`. Regional variants count for their
 * language; `*` and languages we do not have choose nothing, so the tenant's default applies.
 */
export function acceptedLocale(header: string | null | undefined): Locale | undefined {
	let best: { locale: Locale; q: number } | undefined;
	for (const part of (header ?? '').split(',').slice(0, 50)) {
		const [tag, ...parameters] = part.trim().split(';');
		const language = tag.trim().toLowerCase().split('-')[0];
		if (!isLocale(language)) continue;
		const q = quality(parameters);
		// Equal weights keep the header's order: the first one named wins.
		if (q > 0 && (!best || q > best.q)) best = { locale: language, q };
	}
	return best?.locale;
}

function quality(parameters: string[]): number {
	const q = parameters.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
	if (q === undefined) return 1;
	const value = q.slice(2);
	return /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : 0;
}
