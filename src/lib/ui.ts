import { page } from '$app/state';
import { translate, type MessageKey } from '$lib/i18n';

/** Translates in the language of the current page; reactive, works during server rendering. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
	return translate(page.data.locale ?? 'de', key, params);
}

/** A path inside the current tenant (adds the /t/<slug> prefix where the tenant is served under one). */
export function href(path: string): string {
	return `${page.data.basePath ?? ''}${path}`;
}

/** A field's error, translated, from an action's `fields` result. */
export function fieldError(form: object | null | undefined, name: string): string | undefined {
	const key = (form as { fields?: Partial<Record<string, string>> } | null | undefined)?.fields?.[name];
	return key ? t(key as MessageKey) : undefined;
}

export const formatDateTime = (value: Date | string | null | undefined): string =>
	value
		? new Intl.DateTimeFormat(page.data.locale === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(value))
		: '–';
