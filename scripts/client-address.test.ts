import { describe, expect, it } from 'vitest';
import { guardAddressHeader, normaliseAddress, parseTrustedProxies } from './client-address.js';

const request = (remoteAddress: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers: { ...headers } });

describe('the client address header', () => {
	const trusted = parseTrustedProxies(undefined);

	it('trusts this machine by default, also as an IPv4-mapped address', () => {
		expect([...trusted]).toEqual(['127.0.0.1', '::1']);
		expect(normaliseAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
		const proxied = request('::ffff:127.0.0.1', { 'x-forwarded-for': '198.51.100.7' });
		guardAddressHeader(proxied, 'X-Forwarded-For', trusted);
		expect(proxied.headers['x-forwarded-for']).toBe('198.51.100.7');
	});

	it('replaces what a client reaching the server directly claims with its socket address', () => {
		const direct = request('203.0.113.9', { 'x-forwarded-for': '10.0.0.1, 10.0.0.2' });
		guardAddressHeader(direct, 'X-Forwarded-For', trusted);
		expect(direct.headers['x-forwarded-for']).toBe('203.0.113.9');
		const deeper = request('203.0.113.9', { 'x-forwarded-for': '10.0.0.1' });
		guardAddressHeader(deeper, 'x-forwarded-for', trusted, 2);
		expect(deeper.headers['x-forwarded-for']).toBe('203.0.113.9, 203.0.113.9');
		const missing = request('::ffff:203.0.113.9');
		guardAddressHeader(missing, 'X-Real-IP', trusted);
		expect(missing.headers['x-real-ip']).toBe('203.0.113.9');
	});

	it('takes the operator’s list of proxies and refuses what is not an address', () => {
		const list = parseTrustedProxies(' 10.0.0.5 , fd00::1 ');
		expect([...list]).toEqual(['10.0.0.5', 'fd00::1']);
		const proxied = request('10.0.0.5', { 'x-real-ip': '198.51.100.7' });
		guardAddressHeader(proxied, 'x-real-ip', list);
		expect(proxied.headers['x-real-ip']).toBe('198.51.100.7');
		const local = request('127.0.0.1', { 'x-real-ip': '198.51.100.7' });
		guardAddressHeader(local, 'x-real-ip', list);
		expect(local.headers['x-real-ip']).toBe('127.0.0.1');
		expect(() => parseTrustedProxies('10.0.0.0/8')).toThrow(/not an IP address: 10.0.0.0\/8/);
	});

	it('does nothing without ADDRESS_HEADER', () => {
		const plain = request('203.0.113.9', { 'x-forwarded-for': '10.0.0.1' });
		guardAddressHeader(plain, undefined, trusted);
		expect(plain.headers['x-forwarded-for']).toBe('10.0.0.1');
	});
});
