import { fail, type RequestEvent } from '@sveltejs/kit';
import type { Ctx } from '../context';
import type { Result } from '../result';
import { formFields } from './guards';
import { accountKey, addressKey, consumeRateLimits, rateLimitNotice } from './rate-limit';

/**
 * The form behind "send me a link" pages (password reset, new confirmation link): limited per
 * client address across e-mail addresses, and per e-mail address across client addresses.
 */
export function mailLinkAction(send: (ctx: Ctx, input: unknown) => Promise<Result<null, string>>) {
	return async ({ request, locals, getClientAddress }: Pick<RequestEvent, 'request' | 'locals' | 'getClientAddress'>) => {
		const fields = await formFields(request);
		const values = { email: fields.email ?? '' };
		const limit = await consumeRateLimits([
			['mailLinkAddress', addressKey(getClientAddress())],
			['mailLinkEmail', accountKey(locals.tenant.id, values.email)]
		]);
		if (!limit.ok) return fail(429, { values, ...rateLimitNotice(limit) });
		const result = await send(locals.ctx, fields);
		if (!result.ok) return fail(400, { values, fields: result.fields });
		return { sent: true };
	};
}
