import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiError, apiHandler, apiLocale, methodNotAllowed } from '$lib/server/core/http/api';
import { accountContracts } from '$lib/server/core/accounts';

/** The signed-in account with its roles. */
export const GET: RequestHandler = apiHandler(async (event) => {
	const { account, actor } = event.locals;
	if (!account) return apiError(apiLocale(event), 401, 'unauthenticated');
	const me = accountContracts.ZMe.parse({
		id: account.id,
		email: account.email,
		displayName: account.displayName,
		locale: account.locale,
		emailVerified: !!account.emailVerifiedAt,
		roles: ['resident', ...actor.roles],
		memberships: actor.memberships
	});
	return json(me, { headers: { 'cache-control': 'private, no-store' } });
});

export const fallback: RequestHandler = methodNotAllowed('GET');
