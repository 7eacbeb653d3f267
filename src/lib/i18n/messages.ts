// What the browser may load: types and formatting, no catalogue. The server renders with the
// whole catalogue of the page's language; a page that runs in the browser sends along only the
// messages it shows, in that language (browser-messages.ts).
import type * as germanFragments from './de/index';

export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];
export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

export type Fragments = typeof germanFragments;
export type MessageKey = { [F in keyof Fragments]: keyof Fragments[F] }[keyof Fragments];
/** Every language has every key of a German fragment: a missing translation is a type error, not a blank on the page. */
export type Catalogue<Source = Record<MessageKey, string>> = Record<keyof Source, string>;

/** A message with forms by number is written as `key.one` and `key.other` (the categories of Intl.PluralRules). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

/** The messages a page has: all of its language on the server, the page's own in the browser. */
export type Messages = Partial<Catalogue>;
/** A key, or every key under a prefix that ends in a dot (`'map.'`). */
export type MessageScope = MessageKey | `${string}.`;

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;
export type TranslatePlural = (key: PluralKey, count: number, params?: Params) => string;

const fill = (template: string, params: Params) => template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));

/** Looks up a message and fills `{name}` placeholders; an unknown placeholder stays visible. */
export function message(catalogue: Messages | undefined, key: MessageKey, params: Params = {}): string {
	return fill(catalogue?.[key] ?? key, params);
}

const rules = new Map<Locale, Intl.PluralRules>();
const pluralRules = (locale: Locale) => rules.get(locale) ?? rules.set(locale, new Intl.PluralRules(locale)).get(locale)!;

/** The form for `count` ("1 Ort", "3 Orte"), with `{count}` filled; `other` where a language has no form of its own. */
export function pluralMessage(catalogue: Messages | undefined, locale: Locale, key: PluralKey, count: number, params: Params = {}): string {
	const form = `${key}.${pluralRules(locale).select(count)}`;
	const template = catalogue?.[form as MessageKey] ?? catalogue?.[`${key}.other` as MessageKey] ?? key;
	return fill(template, { count: new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'de-DE').format(count), ...params });
}
