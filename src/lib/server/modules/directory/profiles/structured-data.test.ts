import { describe, expect, it } from 'vitest';
import { organisationStructuredData } from './structured-data';
import type { OrganisationDetails } from './organisation-details';

const place = (name: string, lat: number | null, lng: number | null) => ({
	id: name,
	name,
	street: 'Am Sportplatz 2',
	postcode: '24999',
	city: 'Lindwerder',
	district: null,
	lat,
	lng,
	located: lat !== null,
	openingHours: '',
	accessibility: []
});

const org = {
	name: 'TSV Lindwerder',
	shortName: 'TSV',
	street: 'Hauptstraße 1',
	postcode: '24999',
	city: 'Lindwerder',
	email: 'info@tsv.example',
	phone: '04321 123',
	website: 'https://tsv.example',
	socialLinks: [{ label: 'Mastodon', url: 'https://social.example/@tsv' }],
	foundingYear: 1921,
	places: [place('Halle', null, null), place('Sportplatz', 54.5, 9.5)]
} as unknown as OrganisationDetails;

describe('schema.org data of a profile', () => {
	it('describes the organisation with its address, contact and the coordinates of its first located place', () => {
		const data = organisationStructuredData(org, { url: 'https://e.example/netzwerk/organisationen/1', logoUrl: 'https://e.example/dateien/logo.png', summary: 'Sport für alle.' });
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Organization',
			name: 'TSV Lindwerder',
			alternateName: 'TSV',
			description: 'Sport für alle.',
			url: 'https://e.example/netzwerk/organisationen/1',
			logo: 'https://e.example/dateien/logo.png',
			email: 'info@tsv.example',
			telephone: '04321 123',
			sameAs: ['https://tsv.example', 'https://social.example/@tsv'],
			address: { '@type': 'PostalAddress', streetAddress: 'Hauptstraße 1', postalCode: '24999', addressLocality: 'Lindwerder', addressCountry: 'DE' },
			location: { '@type': 'Place', name: 'Sportplatz', geo: { '@type': 'GeoCoordinates', latitude: 54.5, longitude: 9.5 } }
		});
	});

	it('leaves out what the profile does not have', () => {
		const bare = { ...org, street: '', postcode: '', city: '', email: '', phone: '', website: '', socialLinks: [], foundingYear: null, places: [] } as OrganisationDetails;
		const data = JSON.parse(JSON.stringify(organisationStructuredData(bare, { url: 'https://e.example/o/1', logoUrl: null, summary: '' })));
		expect(Object.keys(data).sort()).toEqual(['@context', '@id', '@type', 'alternateName', 'name', 'url']);
	});
});
