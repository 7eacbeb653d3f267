import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, type Action } from '../permissions';
import { getRequestEvent } from '$app/server';
import { translate, type Locale } from '$lib/i18n';
import { withoutNul } from '../validation';

/** Sends a visitor to the sign-in page and back here afterwards. */
export function requireSignIn(event: Pick<RequestEvent, 'locals' | 'url'>): void {
	if (!event.locals.account) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `${event.locals.basePath}/anmelden?next=${encodeURIComponent(next)}`);
	}
}

/** For pages of a tenant-wide area; the use cases check again for their own targets. */
export function requireTenantPermission(event: Pick<RequestEvent, 'locals' | 'url'>, action: Action): void {
	requireSignIn(event);
	if (!can(event.locals.actor, action, { kind: 'tenant', tenantId: event.locals.tenant.id })) {
		error(403, { message: translate(event.locals.locale, 'error.forbidden'), code: 'forbidden' });
	}
}

/** The language of the request being answered; German outside a request (scripts, tests calling an action directly). */
function requestLocale(): Locale {
	try {
		return getRequestEvent().locals.locale ?? 'de';
	} catch {
		return 'de';
	}
}

/**
 * The body of a form action. A body that is no form (a `text/plain` post, broken multipart) is
 * the sender's mistake: a 400 with a sentence, not a server error.
 */
export async function formData(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		error(400, { message: translate(requestLocale(), 'error.form_unreadable'), code: 'form_unreadable' });
	}
}

/** The text fields of a form as a plain object, without U+0000; repeated names keep their last value. */
export function fieldsOf(data: FormData): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const [name, value] of data) if (typeof value === 'string') fields[name] = withoutNul(value);
	return fields;
}

/** Form fields as a plain object; repeated names keep their last value. */
export async function formFields(request: Request): Promise<Record<string, string>> {
	return fieldsOf(await formData(request));
}

/** Form fields where names that repeat (checkbox groups, multi-selects) become lists. */
export async function formValues(request: Request): Promise<Record<string, string | string[]>> {
	return valuesOf(await formData(request));
}

/** The text fields of a form already read, with repeated names as lists; files are left out. */
export function valuesOf(data: FormData): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	for (const [name, raw] of data) {
		if (typeof raw !== 'string') continue;
		const value = withoutNul(raw);
		const existing = values[name];
		values[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	return values;
}
