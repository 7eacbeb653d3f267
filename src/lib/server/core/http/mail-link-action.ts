import { fail, type RequestEvent } from '@sveltejs/kit';
import type { Ctx } from '../context';
import type { Result } from '../result';
import { formFields } from './guards';
import { consumeRateLimit } from './rate-limit';

/** The form behind "send me a link" pages (password reset, new confirmation link): rate-limited per address. */
export function mailLinkAction(send: (ctx: Ctx, input: unknown) => Promise<Result<null, string>>) {
	return async ({ request, locals, getClientAddress }: Pick<RequestEvent, 'request' | 'locals' | 'getClientAddress'>) => {
		const fields = await formFields(request);
		const values = { email: fields.email ?? '' };
		const limit = await consumeRateLimit('passwordReset', `${locals.tenant.id}|${getClientAddress()}|${values.email.trim().toLowerCase()}`);
		if (!limit.ok) return fail(429, { values, message: 'error.rate_limited', retryAfter: limit.retryAfterSeconds });
		const result = await send(locals.ctx, fields);
		if (!result.ok) return fail(400, { values, fields: result.fields });
		return { sent: true };
	};
}
