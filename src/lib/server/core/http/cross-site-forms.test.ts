import { describe, expect, it } from 'vitest';
import { refuseCrossSiteForm } from './cross-site-forms';

const post = (routeId: string, headers: Record<string, string>, method = 'POST') => ({
	request: new Request('https://engagement.example/abbestellen?token=x', { method, headers, body: 'List-Unsubscribe=One-Click' }),
	url: new URL('https://engagement.example/abbestellen?token=x'),
	route: { id: routeId }
});
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('cross-site forms', () => {
	it('refuses a form from another site or without an Origin, as SvelteKit does', () => {
		expect(refuseCrossSiteForm(post('/mein-bereich/konto', { ...form, origin: 'https://evil.example' }))?.status).toBe(403);
		expect(refuseCrossSiteForm(post('/mein-bereich/konto', form))?.status).toBe(403);
		expect(refuseCrossSiteForm(post('/admin/gemeinde', { 'content-type': 'multipart/form-data; boundary=x' }))?.status).toBe(403);
		expect(refuseCrossSiteForm(post('/admin/gemeinde', { 'content-type': 'text/plain' }, 'DELETE'))?.status).toBe(403);
		expect(refuseCrossSiteForm(post('/admin/gemeinde', { 'content-type': 'application/x-sveltekit-formdata' }))?.status).toBe(403);
	});

	it('lets the own site’s forms, JSON bodies and reads through', () => {
		expect(refuseCrossSiteForm(post('/mein-bereich/konto', { ...form, origin: 'https://engagement.example' }))).toBeNull();
		expect(refuseCrossSiteForm(post('/api/v1/sessions', { 'content-type': 'application/json' }))).toBeNull();
		const read = { request: new Request('https://engagement.example/'), url: new URL('https://engagement.example/'), route: { id: '/' } };
		expect(refuseCrossSiteForm(read)).toBeNull();
	});

	it('lets a mail program’s one-click unsubscribe (RFC 8058) through from anywhere', () => {
		expect(refuseCrossSiteForm(post('/abbestellen', form))).toBeNull();
		expect(refuseCrossSiteForm(post('/(public)/abbestellen', { 'content-type': 'multipart/form-data; boundary=x', origin: 'https://mail.example' }))).toBeNull();
	});
});
