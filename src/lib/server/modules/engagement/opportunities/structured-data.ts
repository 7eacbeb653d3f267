import type { OpportunityDetails } from './queries';

/**
 * schema.org has no type of its own for a volunteering opportunity; `JobPosting` with
 * `employmentType: VOLUNTEER` is the one it and search engines know (decision 0023). Only what
 * the page shows: places as `jobLocation`, an opportunity done from anywhere as `TELECOMMUTE`.
 */
export function opportunityStructuredData(details: OpportunityDetails, links: { url: string; organisationUrl: string; summary: string; imageUrl: string | null }) {
	const { opportunity: o, organisation, places } = details;
	const address = (a: { street: string; postcode: string; city: string }) =>
		a.street || a.postcode || a.city
			? { '@type': 'PostalAddress', streetAddress: a.street || undefined, postalCode: a.postcode || undefined, addressLocality: a.city || undefined, addressCountry: 'DE' }
			: undefined;
	return {
		'@context': 'https://schema.org',
		'@type': 'JobPosting',
		'@id': links.url,
		url: links.url,
		title: o.title,
		description: links.summary || o.title,
		employmentType: 'VOLUNTEER',
		datePosted: o.publishedAt?.toISOString(),
		validThrough: o.expiresAt?.toISOString(),
		image: links.imageUrl ?? undefined,
		hiringOrganization: { '@type': 'Organization', name: organisation.name, url: links.organisationUrl, sameAs: organisation.website || undefined },
		jobLocationType: o.online ? 'TELECOMMUTE' : undefined,
		jobLocation: places.length
			? places.map((p) => ({
					'@type': 'Place',
					name: p.name,
					address: address(p),
					geo: p.lat !== null && p.lng !== null ? { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lng } : undefined
				}))
			: undefined,
		skills: o.skills.length ? o.skills.join(', ') : undefined,
		workHours: o.hoursPerMonth ? `${o.hoursPerMonth} h/Monat` : undefined
	};
}
