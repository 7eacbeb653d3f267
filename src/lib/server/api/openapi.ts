import { z } from 'zod';
import { accountContracts } from '../core/accounts';
import { ZDirectoryQuery, ZOpenOrganisation, ZOpenOrganisationPage, ZOrganisationsApiQuery, ZPlacesGeoJson } from '../modules/directory';

const ZError = z.object({
	error: z.object({
		code: z.string().meta({ description: 'Stable machine-readable code, e.g. invalid, unauthenticated, rate_limited' }),
		message: z.string().meta({ description: 'A sentence for people, in the language of Accept-Language (de or en)' }),
		fields: z.record(z.string(), z.string()).optional().meta({ description: 'Per-field messages for invalid input' })
	})
});

interface Operation {
	method: 'get' | 'post' | 'delete';
	path: string;
	summary: string;
	auth: boolean;
	request?: z.ZodType;
	/** Query parameters, one per property of the object. */
	query?: z.ZodObject;
	/** Path parameters such as {id}. */
	pathParams?: z.ZodObject;
	responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}

/** What the directory's filter parameters mean (German names, as in the page URLs). */
const parameterDescriptions: Record<string, string> = {
	q: 'Search text: German full text and fuzzy, e.g. "Sportverein" finds "Turn- und Sportverein"',
	art: 'Kind of organisation',
	feld: 'Field of activity (category slug, e.g. sport)',
	stadtteil: 'District slug',
	zielgruppe: 'Target group',
	sprache: 'Language spoken (ISO 639-1, dgs = German Sign Language)',
	barrierefrei: 'Accessibility feature of the organisation or one of its places',
	netzwerk: '1 = only members of the network',
	buchstabe: 'First letter of the name, # for digits and symbols',
	page: 'Page number, from 1',
	pageSize: 'Items per page, 1 to 100',
	id: 'Organisation id (UUID)'
};

const directoryFilters = ZDirectoryQuery.omit({ seite: true });

/** Every API endpoint, described from the same zod schemas the handlers use. */
export const operations: Operation[] = [
	{
		method: 'post',
		path: '/sessions',
		summary: 'Sign in with e-mail and password; returns a bearer token and sets the session cookie',
		auth: false,
		request: accountContracts.ZSignIn,
		responses: {
			201: { description: 'Signed in', schema: accountContracts.ZSessionCreated },
			401: { description: 'Unknown e-mail address or wrong password', schema: ZError },
			403: { description: 'Address not confirmed yet, or account disabled', schema: ZError },
			422: { description: 'Invalid input', schema: ZError },
			429: { description: 'Too many attempts; see Retry-After', schema: ZError }
		}
	},
	{
		method: 'delete',
		path: '/sessions/current',
		summary: 'Sign out: ends the current session',
		auth: true,
		responses: { 204: { description: 'Signed out' }, 401: { description: 'Not signed in', schema: ZError } }
	},
	{
		method: 'get',
		path: '/me',
		summary: 'The signed-in account, its roles and organisation memberships',
		auth: true,
		responses: { 200: { description: 'The account', schema: accountContracts.ZMe }, 401: { description: 'Not signed in', schema: ZError } }
	},
	{
		method: 'get',
		path: '/organisations',
		summary: 'Published organisations of the directory (Vereinsregister), filtered like the directory pages, one page at a time',
		auth: false,
		query: ZOrganisationsApiQuery,
		responses: {
			200: { description: 'One page of organisations; only fields the organisations agreed to publish', schema: ZOpenOrganisationPage },
			422: { description: 'page or pageSize out of range', schema: ZError }
		}
	},
	{
		method: 'get',
		path: '/organisations/{id}',
		summary: 'One published organisation with its places',
		auth: false,
		pathParams: z.object({ id: z.uuid() }),
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
		query: directoryFilters,
		responses: {
			200: {
				description:
					'One Point feature per place, [longitude, latitude] in WGS 84. Without filters the answer carries an ETag and is sent gzip-compressed to clients that accept it.',
				schema: ZPlacesGeoJson,
				contentType: 'application/geo+json'
			},
			304: { description: 'Not Modified: the ETag sent in If-None-Match is still current (unfiltered document only)' }
		}
	}
];

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input' });

function parameters(where: 'query' | 'path', object: z.ZodObject | undefined) {
	if (!object) return [];
	const json = schema(object) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
	return Object.entries(json.properties ?? {}).map(([name, property]) => ({
		name,
		in: where,
		required: where === 'path' || (json.required ?? []).includes(name),
		...(parameterDescriptions[name] ? { description: parameterDescriptions[name] } : {}),
		schema: property
	}));
}

export function openApiDocument(serverUrl: string) {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const op of operations) {
		paths[op.path] ??= {};
		paths[op.path][op.method] = {
			summary: op.summary,
			...(op.auth ? { security: [{ bearer: [] }, { cookie: [] }] } : { security: [] }),
			...(op.query || op.pathParams ? { parameters: [...parameters('path', op.pathParams), ...parameters('query', op.query)] } : {}),
			...(op.request ? { requestBody: { required: true, content: { 'application/json': { schema: schema(op.request) } } } } : {}),
			responses: Object.fromEntries(
				Object.entries(op.responses).map(([status, r]) => [
					status,
					{ description: r.description, ...(r.schema ? { content: { [r.contentType ?? 'application/json']: { schema: schema(r.schema) } } } : {}) }
				])
			)
		};
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'Gemeinwerk API',
			version: '1',
			description: 'Open data and account API of a Gemeinwerk engagement platform. Errors are {error: {code, message, fields?}}.'
		},
		servers: [{ url: serverUrl }],
		components: {
			securitySchemes: {
				bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /sessions' },
				cookie: { type: 'apiKey', in: 'cookie', name: 'gw_session_<tenant>' }
			}
		},
		paths
	};
}
