import type { Locale } from '.';

/** The name a list of the town keeps in both languages (fields of activity, say), in the page's language. */
export const localName = (row: { nameDe: string; nameEn: string }, locale: Locale): string => (locale === 'en' ? row.nameEn : row.nameDe);
