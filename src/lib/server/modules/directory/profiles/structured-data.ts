import type { OrganisationDetails } from './organisation-details';

/**
 * schema.org `Organization` for a published profile, as search engines read it from JSON-LD:
 * only what the page itself shows. The coordinates of its first located place go with that
 * place (`location`), since schema.org gives coordinates to places, not to organisations.
 */
export function organisationStructuredData(org: OrganisationDetails, links: { url: string; logoUrl: string | null; summary: string }) {
	const address = (a: { street: string; postcode: string; city: string }) =>
		a.street || a.postcode || a.city
			? { '@type': 'PostalAddress', streetAddress: a.street || undefined, postalCode: a.postcode || undefined, addressLocality: a.city || undefined, addressCountry: 'DE' }
			: undefined;
	const located = org.places.find((p) => p.lat !== null && p.lng !== null);
	const sameAs = [org.website, ...org.socialLinks.map((l) => l.url)].filter(Boolean);
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		'@id': links.url,
		name: org.name,
		alternateName: org.shortName && org.shortName !== org.name ? org.shortName : undefined,
		description: links.summary || undefined,
		url: links.url,
		logo: links.logoUrl ?? undefined,
		email: org.email || undefined,
		telephone: org.phone || undefined,
		foundingDate: org.foundingYear ? String(org.foundingYear) : undefined,
		sameAs: sameAs.length ? sameAs : undefined,
		address: address(org),
		location: located
			? {
					'@type': 'Place',
					name: located.name,
					address: address(located),
					geo: { '@type': 'GeoCoordinates', latitude: located.lat, longitude: located.lng }
				}
			: undefined
	};
}
