import type { PageServerLoad } from './$types';
import { confirmEmail } from '$lib/server/core/accounts';
import { queryValue } from '$lib/server/core/http/query';

/** Opening the mailed link confirms the address; the page says what happened. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const token = queryValue(url, 'token') ?? '';
	const result = token ? await confirmEmail(locals.ctx, token) : ({ ok: false, error: 'invalid_token' } as const);
	return result.ok ? { confirmed: result.value.purpose } : { confirmed: null, error: result.error };
};
