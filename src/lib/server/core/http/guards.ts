import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, type Action } from '../permissions';
import { translate } from '$lib/i18n';

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

/** Form fields as a plain object; repeated names keep their last value. */
export async function formFields(request: Request): Promise<Record<string, string>> {
	const data = await request.formData();
	const fields: Record<string, string> = {};
	for (const [name, value] of data) if (typeof value === 'string') fields[name] = value;
	return fields;
}

/** Form fields where names that repeat (checkbox groups, multi-selects) become lists. */
export async function formValues(request: Request): Promise<Record<string, string | string[]>> {
	const data = await request.formData();
	const values: Record<string, string | string[]> = {};
	for (const [name, value] of data) {
		if (typeof value !== 'string') continue;
		const existing = values[name];
		values[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	return values;
}
