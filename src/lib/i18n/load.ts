import type { Catalogue, Locale } from './messages';

/** The catalogue of one language, loaded on its own: the browser fetches only the language the page is in. */
export const loadCatalogue = async (locale: Locale): Promise<Catalogue> =>
	locale === 'en' ? (await import('./en')).en : (await import('./de')).de;
