import type { PageServerLoad } from './$types';
import { confirmEmail } from '$lib/server/core/accounts';

/** Opening the mailed link confirms the address; the page says what happened. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const token = url.searchParams.get('token') ?? '';
	const result = token ? await confirmEmail(locals.ctx, token) : ({ ok: false, error: 'invalid_token' } as const);
	return result.ok ? { confirmed: result.value.purpose } : { confirmed: null, error: result.error };
};
