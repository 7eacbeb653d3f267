// Server side and shared code: both languages (mails, API answers, error pages). Browser code
// imports only types from here and reads the page's own catalogue through $lib/ui.
import { de } from './de';
import { en } from './en';
import { message, pluralMessage, type Catalogue, type Locale, type MessageKey, type MessageScope, type Messages, type Params, type PluralKey } from './messages';

export * from './messages';

const catalogues: Record<Locale, Catalogue> = { de, en };

export const catalogue = (locale: Locale): Catalogue => catalogues[locale] ?? de;
export const isMessageKey = (value: unknown): value is MessageKey => typeof value === 'string' && Object.hasOwn(de, value);

/** Looks up a message and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
	return message(catalogues[locale]?.[key] === undefined ? de : catalogues[locale], key, params);
}

/** The form of a message for a number, e.g. `translatePlural('de', 'map.count', 1)` → "1 Ort gefunden". */
export function translatePlural(locale: Locale, key: PluralKey, count: number, params: Params = {}): string {
	return pluralMessage(catalogue(locale), locale, key, count, params);
}

/** The messages of one language under the given keys and prefixes. */
export function pickMessages(locale: Locale, scopes: readonly MessageScope[]): Messages {
	const all = catalogue(locale);
	const picked: Messages = {};
	for (const key of Object.keys(all) as MessageKey[]) {
		if (scopes.some((scope) => (scope.endsWith('.') ? key.startsWith(scope) : key === scope))) picked[key] = all[key];
	}
	return picked;
}
