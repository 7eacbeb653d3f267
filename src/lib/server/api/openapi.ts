import { z } from 'zod';
import { accountContracts } from '../core/accounts';

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
	responses: Record<number, { description: string; schema?: z.ZodType }>;
}

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
	}
];

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input' });

export function openApiDocument(serverUrl: string) {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const op of operations) {
		paths[op.path] ??= {};
		paths[op.path][op.method] = {
			summary: op.summary,
			...(op.auth ? { security: [{ bearer: [] }, { cookie: [] }] } : { security: [] }),
			...(op.request ? { requestBody: { required: true, content: { 'application/json': { schema: schema(op.request) } } } } : {}),
			responses: Object.fromEntries(
				Object.entries(op.responses).map(([status, r]) => [
					status,
					{ description: r.description, ...(r.schema ? { content: { 'application/json': { schema: schema(r.schema) } } } : {}) }
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
