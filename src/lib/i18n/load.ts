import type { Catalogue, Locale } from './messages';

/**
 * The whole catalogue of one language, for rendering on the server. Imported on demand because the
 * root layout's load also runs in the browser, which must not get both languages (browser-messages.ts).
 */
export const loadCatalogue = async (locale: Locale): Promise<Catalogue> => (locale === 'en' ? (await import('./en')).en : (await import('./de')).de);
