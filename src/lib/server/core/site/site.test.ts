import { describe, expect, it } from 'vitest';
import '$lib/server/registry';
import { contactUri, jsonLdScript, renderSitemap, robotsTxt, securityTxt, webManifest } from '.';

describe('robots.txt', () => {
	const lines = robotsTxt('', ['https://engagement.example/sitemap.xml']).split('\n');

	it('keeps crawlers out of the signed-in areas, sign-in pages, the API and print views, here and under /t/<slug>', () => {
		for (const prefix of ['/mein-bereich', '/koordination', '/admin', '/konto', '/api', '/anmelden', '/registrieren', '/passwort-vergessen', '/netzwerk/stadtplan/drucken']) {
			expect(lines).toContain(`Disallow: ${prefix}`);
			expect(lines).toContain(`Disallow: /t/*${prefix}`);
		}
		// The editing pages of public profiles, with the id as a wildcard.
		expect(lines).toContain('Disallow: /netzwerk/organisationen/*/bearbeiten');
		expect(lines).toContain('Disallow: /netzwerk/organisationen/neu');
		// A shorter prefix covers the longer ones.
		expect(lines).not.toContain('Disallow: /admin/konten');
	});

	it('leaves the public pages open, the directory with its profiles and the uploaded logos included', () => {
		const disallowed = lines.filter((l) => l.startsWith('Disallow: ')).map((l) => l.slice('Disallow: '.length));
		for (const path of ['/', '/netzwerk', '/netzwerk/organisationen', '/netzwerk/organisationen/0b8f5a52-7c1e-4f7a-9d55-2f0d6f1c0a11', '/netzwerk/stadtplan', '/dateien/logo.png', '/impressum']) {
			expect(
				disallowed.filter((prefix) => path.startsWith(prefix)),
				path
			).toEqual([]);
		}
		expect(lines[0]).toBe('User-agent: *');
		expect(lines).toContain('Sitemap: https://engagement.example/sitemap.xml');
	});

	it('names only its own prefix for a tenant under /t/<slug>', () => {
		const text = robotsTxt('/t/nordheim', []);
		expect(text).toContain('Disallow: /t/nordheim/admin');
		expect(text).not.toContain('Disallow: /admin');
	});
});

describe('sitemap.xml', () => {
	it('writes absolute addresses with their last change, escaped', () => {
		const xml = renderSitemap('https://engagement.example/t/a', [{ path: '/' }, { path: '/netzwerk?x=1&y=<2>', lastmod: new Date('2026-03-01T10:00:00Z') }]);
		expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
		expect(xml).toContain('<url><loc>https://engagement.example/t/a/</loc></url>');
		expect(xml).toContain('<url><loc>https://engagement.example/t/a/netzwerk?x=1&amp;y=&lt;2&gt;</loc><lastmod>2026-03-01T10:00:00.000Z</lastmod></url>');
	});
});

describe('security.txt', () => {
	it('names the contact, expires a year ahead, prefers German and English and says where it lives', () => {
		const text = securityTxt({ contact: 'sicherheit@lindwerder.example', canonicalUrl: 'https://engagement.example/.well-known/security.txt', now: new Date('2026-12-03T08:00:00.123Z') });
		expect(text.split('\n')).toEqual([
			'Contact: mailto:sicherheit@lindwerder.example',
			'Expires: 2027-12-03T08:00:00Z',
			'Preferred-Languages: de, en',
			'Canonical: https://engagement.example/.well-known/security.txt',
			''
		]);
	});

	it('keeps a mailto: or https: contact as it is', () => {
		expect(contactUri('https://lindwerder.example/sicherheit')).toBe('https://lindwerder.example/sicherheit');
		expect(contactUri('mailto:cert@lindwerder.example')).toBe('mailto:cert@lindwerder.example');
	});
});

describe('JSON-LD', () => {
	it('cannot be closed or commented out by what an organisation typed', () => {
		const script = jsonLdScript({ name: 'Verein </script><script>alert(1)</script> <!-- & \u2028' });
		expect(script.match(/<\/script>/g)).toHaveLength(1);
		expect(script).not.toContain('<!--');
		const json = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
		expect(JSON.parse(json)).toEqual({ name: 'Verein </script><script>alert(1)</script> <!-- & \u2028' });
	});
});

describe('web app manifest', () => {
	it('carries the tenant name, colour, start address and both icon sizes', () => {
		const manifest = webManifest({ name: 'Engagiert in Nordheim', shortName: 'Nordheim', basePath: '/t/nordheim', lang: 'de', themeColor: '#336699' });
		expect(manifest).toMatchObject({ name: 'Engagiert in Nordheim', short_name: 'Nordheim', start_url: '/t/nordheim/', theme_color: '#336699' });
		expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
	});
});
