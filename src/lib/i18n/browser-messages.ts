// Only the pages with a map run in the browser (src/routes/+layout.ts). Each of them sends the
// messages it shows, in its own language, with its data: a few kilobytes instead of the whole
// catalogue. Every link is a full page load (app.html), so no other page is drawn in the browser.
import { catalogue, pickMessages, type Locale, type MessageScope, type Messages } from '.';

/** What the layout around every page, its meta tags and the error page show. */
export const layoutScopes: readonly MessageScope[] = [
	'layout.',
	'nav.',
	'legal.imprint',
	'legal.privacy',
	'legal.accessibility',
	'coord.title',
	'notifications.nav_unread',
	'error.',
	'meta.',
	'where.'
];

/** The messages a page that runs in the browser needs: the layout's and the page's own scopes. */
export const browserMessages = (locale: Locale, scopes: readonly MessageScope[]): Messages => pickMessages(locale, [...layoutScopes, ...scopes]);

/** For pages too varied to list (the editing forms): the whole catalogue of the one language. */
export const allBrowserMessages = (locale: Locale): Messages => catalogue(locale);
