import type { LayoutLoad } from './$types';
import { loadCatalogue } from '$lib/i18n/load';

// The page's language only: its catalogue is a chunk of its own, so English never travels with German.
export const load: LayoutLoad = async ({ data }) => ({ ...data, messages: await loadCatalogue(data.locale) });
