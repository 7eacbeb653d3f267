/** Stands in for our own origin: whatever resolves to another origin is off-site. */
const OWN_ORIGIN = 'https://same-site.invalid';

/** Control characters, any whitespace (also Unicode spaces and line separators) and backslashes. */
const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff\\]/u;

const decoded = (value: string): string | undefined => {
	try {
		return decodeURIComponent(value);
	} catch {
		return undefined;
	}
};

/**
 * A path on this site, normalised, or undefined for anything else. Refuses control characters,
 * whitespace and backslashes (browsers read `/\x` and `/<tab>/x` as `//x`), values that resolve to
 * another origin, and paths that start with `//` once decoded (`/%2F%2Fx`), since a proxy or a
 * later redirect may decode them. The answer is what `URL` makes of it: percent-encoded, safe
 * for a `Location` header.
 */
export function sameSitePath(value: string | null | undefined): string | undefined {
	if (!value || value.length > 2000 || !value.startsWith('/') || UNSAFE_CHARACTER.test(value)) return undefined;
	let url: URL;
	try {
		url = new URL(value, OWN_ORIGIN);
	} catch {
		return undefined;
	}
	if (url.origin !== OWN_ORIGIN) return undefined;
	const path = decoded(url.pathname);
	if (path === undefined || !path.startsWith('/') || path.startsWith('//') || UNSAFE_CHARACTER.test(path)) return undefined;
	return url.pathname + url.search + url.hash;
}

/** Only same-site paths are followed after sign-in or a language switch; anything else goes to the fallback. */
export function safeNext(next: string | null | undefined, fallback: string): string {
	return sameSitePath(next) ?? fallback;
}
