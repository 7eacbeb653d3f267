import { browser } from '$app/environment';
import type { LayoutLoad } from './$types';
import { loadCatalogue } from '$lib/i18n/load';

// Pages are complete without JavaScript; only pages that gain from it (maps, the pin picker) turn it on.
export const csr = false;

// On the server every page renders with the whole catalogue of its language. In the browser the
// layout has the few messages it sent along; a page with JavaScript adds its own (browser-messages.ts).
export const load: LayoutLoad = async ({ data }) => ({ ...data, messages: browser ? data.messages : await loadCatalogue(data.locale) });
