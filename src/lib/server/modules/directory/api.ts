import { z } from 'zod';
import { ZError, type ApiOperation } from '$lib/server/core/api/openapi';
import { ZDirectoryFilters } from './contracts';
import { ZOpenOrganisation, ZOpenOrganisationPage, ZOrganisationsApiQuery } from './open-data/open-data';
import { ZPlacesGeoJson } from './places/places-geojson';

/** What the directory's filter parameters mean (German names, as in the page URLs). */
const parameterDescriptions: Record<string, string> = {
	q: 'Search text over name, field of activity, district, kind and description; every word must hit one of them, compounds are split and typos forgiven ("Sportverein", "Sport Hafen", "Turnferein"). Results are ranked: name before field before district',
	art: 'Kind of organisation',
	feld: 'Field of activity (category slug, e.g. sport)',
	stadtteil: 'District slug',
	zielgruppe: 'Target group',
	sprache: 'Language spoken (ISO 639-1, dgs = German Sign Language)',
	barrierefrei: 'Accessibility feature of the organisation or one of its places',
	netzwerk: '1 = only members of the network',
	buchstabe: 'First letter of the name, # for digits and symbols',
	plz: 'Near a postcode: sorted by distance from the middle of its addresses in the address table; a postcode without addresses selects the districts of the places with that postcode instead',
	nahe: 'Near a point, "latitude,longitude" in WGS 84 with decimal points (e.g. 54.52,9.56): sorted by the distance of each organisation\'s nearest place; without plz only',
	page: 'Page number, from 1',
	pageSize: 'Items per page, 1 to 100',
	id: 'Organisation id (UUID)'
};

export const directoryApi: ApiOperation[] = [
	{
		method: 'get',
		path: '/organisations',
		summary: 'Published organisations of the directory (Vereinsregister), filtered like the directory pages, one page at a time',
		auth: false,
		query: ZOrganisationsApiQuery,
		parameterDescriptions,
		responses: {
			200: { description: 'One page of organisations; only fields the organisations agreed to publish', schema: ZOpenOrganisationPage },
			400: { description: 'A parameter outside its declared values or range (page, pageSize, art, …); `fields` names each', schema: ZError }
		}
	},
	{
		method: 'get',
		path: '/organisations/{id}',
		summary: 'One published organisation with its places',
		auth: false,
		pathParams: z.object({ id: z.uuid() }),
		parameterDescriptions,
		responses: {
			200: { description: 'The organisation', schema: ZOpenOrganisation },
			404: { description: 'Unknown, not published or merged into another organisation', schema: ZError }
		}
	},
	{
		method: 'get',
		path: '/places.geojson',
		summary: 'Located places (Engagement-Orte) of the published organisations the filter selects, as a GeoJSON FeatureCollection',
		auth: false,
		query: ZDirectoryFilters,
		parameterDescriptions,
		responses: {
			200: {
				description: 'One Point feature per place, [longitude, latitude] in WGS 84. Without filters the answer carries an ETag and is sent gzip-compressed to clients that accept it.',
				schema: ZPlacesGeoJson,
				contentType: 'application/geo+json'
			},
			304: { description: 'Not Modified: the ETag sent in If-None-Match is still current (unfiltered document only)' },
			400: { description: 'A filter outside its declared values; `fields` names each', schema: ZError }
		}
	}
];
