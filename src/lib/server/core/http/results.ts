import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { translate, type Locale, type MessageKey } from '$lib/i18n';
import type { Result } from '../result';

type Failure = Extract<Result<unknown>, { ok: false }>;

/**
 * How a use case's error code reaches people: one status and one sentence for each, in form
 * actions, loads and the API alike. A code not listed is a refused input (400).
 */
const errors: Record<string, { status: number; message: MessageKey }> = {
	invalid: { status: 400, message: 'error.invalid_form' },
	decisions: { status: 400, message: 'error.invalid_form' },
	invalid_token: { status: 400, message: 'error.invalid_token' },
	// The field says which password is wrong; the notice above the form says to look at it.
	wrong_password: { status: 400, message: 'error.invalid_form' },
	invalid_credentials: { status: 401, message: 'error.invalid_credentials' },
	unauthenticated: { status: 401, message: 'error.unauthenticated' },
	forbidden: { status: 403, message: 'error.forbidden' },
	wrong_account: { status: 403, message: 'invitation.wrong_account' },
	unverified: { status: 403, message: 'error.unverified' },
	disabled: { status: 403, message: 'error.disabled' },
	not_found: { status: 404, message: 'error.not_found' },
	already_decided: { status: 409, message: 'moderation.already_decided' },
	last_owner: { status: 409, message: 'people.last_owner' },
	last_admin: { status: 409, message: 'error.last_admin' },
	email_taken: { status: 409, message: 'error.email_taken' }
};

export function statusOf(code: string): { status: number; message: MessageKey } {
	return errors[code] ?? errors.invalid;
}

/**
 * A form action's answer to a failed use case: the status and sentence its code stands for,
 * the message keys per field, and whatever the page needs to show the form again as typed.
 */
export function failAction<X extends Record<string, unknown>>(result: Failure, keep: X = {} as X): ActionFailure<{ message: MessageKey; fields: Failure['fields'] } & X> {
	const { status, message } = statusOf(result.error);
	// What the page passes wins, e.g. a sentence more precise than the code's.
	return fail(status, { message, fields: result.fields, ...keep });
}

/** For loads: the value, or the error page with the status its code stands for. */
export function valueOrError<T>(result: Result<T>, locale: Locale): T {
	if (result.ok) return result.value;
	const { status, message } = statusOf(result.error);
	error(status, { message: translate(locale, message), code: result.error });
}
