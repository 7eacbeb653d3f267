import { page } from '$app/state';
import { message, pluralMessage, type MessageKey, type Params, type PluralKey } from '$lib/i18n/messages';

// The root layout puts the page's one catalogue in the page data (src/routes/+layout.ts).

/** Translates in the language of the current page; reactive, works during server rendering. */
export function t(key: MessageKey, params?: Params): string {
	return message(page.data.messages, key, params);
}

/** The form of a message for a number: `tn('map.count', 1)` → "1 Ort gefunden", `tn('map.count', 3)` → "3 Orte gefunden". */
export function tn(key: PluralKey, count: number, params?: Params): string {
	return pluralMessage(page.data.messages, page.data.locale ?? 'de', key, count, params);
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
	value ? new Intl.DateTimeFormat(page.data.locale === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(value)) : '–';

/**
 * `lang` for what people wrote (descriptions, opening hours, walk texts): German, so that a page in
 * another language tells screen readers to pronounce it as German. Nothing on a German page.
 */
export const contentLang = (): 'de' | undefined => (page.data.locale && page.data.locale !== 'de' ? 'de' : undefined);
