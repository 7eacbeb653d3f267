// Plain JavaScript: scripts/start.js reads it too, before anything is built.

/**
 * Whether an answer's own Content-Security-Policy has a `frame-ancestors` that lets some page
 * embed it (the Freiwilligenbörse's widget names the hosts a town lists). X-Frame-Options cannot
 * name hosts, so such an answer goes without it; every other answer keeps `DENY`, and the pages'
 * own policy says `frame-ancestors 'none'`.
 * @param {string | number | string[] | null | undefined} policy the answer's content-security-policy
 * @returns {boolean}
 */
export function framingAllowed(policy) {
	const text = Array.isArray(policy) ? policy.join(';') : String(policy ?? '');
	const ancestors = /(?:^|;)\s*frame-ancestors\s+([^;]*)/i.exec(text)?.[1]?.trim();
	return !!ancestors && ancestors.toLowerCase() !== "'none'";
}
