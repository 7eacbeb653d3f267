// adapter-node believes ADDRESS_HEADER on every request. Only a proxy of our own may set it: from
// anybody else it is replaced by the socket's address, so a client reaching the server directly
// cannot pick a new address per request and slip past the rate limits.
import { isIP } from 'node:net';

/** `::ffff:127.0.0.1` is how an IPv4 client looks on a dual-stack socket. @param {string | undefined} address */
export const normaliseAddress = (address) =>
	String(address ?? '')
		.trim()
		.toLowerCase()
		.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/** TRUSTED_PROXIES: comma-separated IP addresses, by default this machine only. @param {string | undefined} value @returns {Set<string>} */
export function parseTrustedProxies(value) {
	const entries = (value && value.trim() ? value : '127.0.0.1,::1').split(',').map(normaliseAddress).filter(Boolean);
	const invalid = entries.filter((entry) => !isIP(entry));
	if (invalid.length) throw new Error(`TRUSTED_PROXIES: not an IP address: ${invalid.join(', ')}`);
	return new Set(entries);
}

/**
 * Leaves the address header of a trusted proxy alone; on any other request it names the socket's
 * own address (as often as XFF_DEPTH looks back, since adapter-node refuses a shorter list).
 * @param {{ socket?: { remoteAddress?: string }, headers: Record<string, string | string[] | undefined> }} req
 * @param {string | undefined} header
 * @param {Set<string>} trustedProxies
 */
export function guardAddressHeader(req, header, trustedProxies, xffDepth = 1) {
	if (!header) return;
	const name = header.toLowerCase();
	const socketAddress = normaliseAddress(req.socket?.remoteAddress);
	if (trustedProxies.has(socketAddress)) return;
	req.headers[name] = name === 'x-forwarded-for' ? Array(Math.max(1, xffDepth)).fill(socketAddress).join(', ') : socketAddress;
}
