import { escapeLike } from '../search';
import { or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** What a person is recognised by in stored text: names, every address, phone numbers. */
export interface Identifiers {
	names: string[];
	emails: string[];
	phones: string[];
}

/** Phone numbers with fewer digits are too likely to be something else (a year, a house number). */
const MIN_PHONE_DIGITS = 6;
const PHONE_SEPARATORS = '[\\s./()\\-]*';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The digits after the country or trunk prefix, so "+49 171 …", "0049171…" and "0171 …" meet. */
export function nationalDigits(phone: string): string {
	const trimmed = phone.trim();
	let digits = trimmed.replace(/\D/g, '');
	if (trimmed.startsWith('+49')) digits = digits.slice(2);
	else if (digits.startsWith('0049')) digits = digits.slice(4);
	// The trunk zero, also as written after the country code: "+49 (0)431 …".
	return digits.startsWith('0') ? digits.slice(1) : digits;
}

const clean = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** A value as typed and as it appears in the HTML part of a mail ("O'Brien" is "O&#39;Brien" there). */
const withHtmlForm = (values: string[]) => [...new Set(values.flatMap((v) => [v, escapeHtml(v)]))];

function namePattern(name: string): string {
	// Whole words only, with any spacing between them: "Anna" does not take "Annaberg" with it.
	return `(?<![\\p{L}\\p{N}])${name.split(/\s+/).map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`;
}

function emailPattern(email: string): string {
	return `(?<![\\p{L}\\p{N}._%+\\-])${escapeRegExp(email)}(?![\\p{L}\\p{N}])`;
}

function phonePattern(phone: string): string | null {
	const digits = nationalDigits(phone);
	if (digits.length < MIN_PHONE_DIGITS) return null;
	const prefix = `(?:(?:\\+|00)\\s*49${PHONE_SEPARATORS}(?:\\(0\\))?${PHONE_SEPARATORS}|0)?`;
	return `(?<!\\d)${prefix}${digits.split('').join(PHONE_SEPARATORS)}(?!\\d)`;
}

export interface Redactor {
	/** True when the text names the person, one of their addresses or phone numbers. */
	mentions(text: string | null | undefined): boolean;
	/** The text with every mention replaced by the placeholder. */
	text(value: string): string;
	/** A JSON value with every string (and key) redacted; strings equal to the account id become null. */
	json<T>(value: T): T;
	/** A loose SQL filter for rows whose column may mention the person; redact what it finds with `text` or `json`. */
	mayMention(column: SQLWrapper): SQL;
}

export function redactor(identifiers: Identifiers, placeholder: string, accountId?: string): Redactor {
	const names = clean(identifiers.names);
	const emails = clean(identifiers.emails).map((e) => e.toLowerCase());
	const phones = clean(identifiers.phones);
	// An address also as it appears in a link ("anna%40example.org").
	const emailForms = [...new Set(withHtmlForm(emails).flatMap((e) => [e, encodeURIComponent(e)]))];
	const patterns = [...withHtmlForm(names).map(namePattern), ...emailForms.map(emailPattern), ...phones.map(phonePattern).filter((p): p is string => p !== null)];
	// Longer identifiers first, so an address is replaced whole before a name inside it.
	const matcher = patterns.length ? new RegExp(patterns.sort((a, b) => b.length - a.length).join('|'), 'giu') : null;
	const likes = [...withHtmlForm(names).map((n) => `%${n.split(/\s+/).map(escapeLike).join('%')}%`), ...emailForms.map((e) => `%${escapeLike(e)}%`)];
	const phoneDigits = phones.map(nationalDigits).filter((d) => d.length >= MIN_PHONE_DIGITS);

	const text = (value: string) => (matcher ? value.replace(matcher, placeholder) : value);
	const json = (value: unknown): unknown => {
		if (typeof value === 'string') return accountId && value === accountId ? null : text(value);
		if (Array.isArray(value)) return value.map(json);
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [text(k), json(v)]));
		return value;
	};
	return {
		mentions: (value) => !!value && !!matcher && new RegExp(matcher.source, matcher.flags.replace('g', '')).test(value),
		text,
		json: <T>(value: T) => json(value) as T,
		mayMention(column) {
			const conditions: SQL[] = [
				...likes.map((pattern) => sql`${column}::text ilike ${pattern}`),
				...phoneDigits.map((digits) => sql`regexp_replace(${column}::text, '[^0-9]', '', 'g') like ${`%${digits}%`}`),
				...(accountId ? [sql`${column}::text like ${`%${accountId}%`}`] : [])
			];
			return conditions.length ? or(...conditions)! : sql`false`;
		}
	};
}
