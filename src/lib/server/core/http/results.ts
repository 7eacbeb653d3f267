import { error } from '@sveltejs/kit';
import { translate, type Locale, type MessageKey } from '$lib/i18n';
import type { Result } from '../result';

/** How a use case's error code reaches people: one status and sentence for each, in pages and the API alike. */
export function statusOf(code: string): { status: number; message: MessageKey } {
	switch (code) {
		case 'forbidden':
			return { status: 403, message: 'error.forbidden' };
		case 'not_found':
			return { status: 404, message: 'error.not_found' };
		default:
			return { status: 400, message: 'error.invalid_form' };
	}
}

/** For loads: the value, or the error page with the status its code stands for. */
export function valueOrError<T>(result: Result<T>, locale: Locale): T {
	if (result.ok) return result.value;
	const { status, message } = statusOf(result.error);
	error(status, { message: translate(locale, message), code: result.error });
}
