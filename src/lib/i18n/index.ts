import { de } from './de';
import { en } from './en';

export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];
export type MessageKey = keyof typeof de;
/** Every language has every key of a German fragment: a missing translation is a type error, not a blank on the page. */
export type Catalogue<Source = typeof de> = Record<keyof Source, string>;

const catalogues: Record<Locale, Catalogue> = { de, en };

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);
export const isMessageKey = (value: unknown): value is MessageKey => typeof value === 'string' && Object.hasOwn(de, value);

/** Looks up a message and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
	const template = catalogues[locale]?.[key] ?? de[key] ?? key;
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
