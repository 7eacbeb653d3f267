/**
 * Whether an answer set its own Content-Security-Policy whose `frame-ancestors` lets some page
 * embed it (the Freiwilligenbörse's widget names the hosts a town lists). X-Frame-Options cannot
 * name hosts, so such an answer goes without it; every other answer keeps `DENY`, and the pages'
 * own policy says `frame-ancestors 'none'`.
 */
export function framingAllowed(headers: Headers): boolean {
	const ancestors = /(?:^|;)\s*frame-ancestors\s+([^;]*)/i.exec(headers.get('content-security-policy') ?? '')?.[1]?.trim();
	return !!ancestors && ancestors.toLowerCase() !== "'none'";
}
