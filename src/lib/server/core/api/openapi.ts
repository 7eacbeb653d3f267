import { z } from 'zod';
import { accountContracts } from '../accounts';

/** The error shape every API answer that fails has; modules name it in their responses. */
export const ZError = z.object({
	error: z.object({
		code: z.string().meta({ description: 'Stable machine-readable code, e.g. invalid, unauthenticated, rate_limited' }),
		message: z.string().meta({ description: 'A sentence for people, in the language of Accept-Language (de or en)' }),
		fields: z.record(z.string(), z.string()).optional().meta({ description: 'Per-field messages for invalid input' })
	})
});

/** One endpoint under /api/v1, described from the same zod schemas its handler uses. */
export interface ApiOperation {
	method: 'get' | 'post' | 'delete';
	path: string;
	summary: string;
	auth: boolean;
	request?: z.ZodType;
	/** Query parameters, one per property of the object. */
	query?: z.ZodObject;
	/** Path parameters such as {id}. */
	pathParams?: z.ZodObject;
	/** What each query or path parameter means, by name. */
	parameterDescriptions?: Record<string, string>;
	responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}

/** Core's endpoints; modules add theirs through their manifest. */
const operations: ApiOperation[] = [
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
			400: { description: 'Invalid input', schema: ZError },
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
	}
];

export function registerApiOperations(moduleOperations: ApiOperation[]): void {
	for (const op of moduleOperations) {
		if (operations.some((o) => o.path === op.path && o.method === op.method)) throw new Error(`API ${op.method} ${op.path} is declared twice`);
		operations.push(op);
	}
}

/** Method and path of every documented endpoint, for the test that compares them with the routes. */
export const documentedOperations = () => operations.map(({ method, path }) => ({ method, path }));

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input' });

function parameters(where: 'query' | 'path', object: z.ZodObject | undefined, descriptions: Record<string, string> = {}) {
	if (!object) return [];
	const json = schema(object) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
	return Object.entries(json.properties ?? {}).map(([name, property]) => ({
		name,
		in: where,
		required: where === 'path' || (json.required ?? []).includes(name),
		...(descriptions[name] ? { description: descriptions[name] } : {}),
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
			...(op.query || op.pathParams ? { parameters: [...parameters('path', op.pathParams, op.parameterDescriptions), ...parameters('query', op.query, op.parameterDescriptions)] } : {}),
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
