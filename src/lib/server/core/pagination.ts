import { boundedPage } from './validation';

/** One page of a list, the same shape for every list of the platform (pages render it with Pager). */
export interface Page<T> {
	items: T[];
	/** All items the filter selects, on every page together. */
	total: number;
	page: number;
	perPage: number;
}

/** Which rows a page is: the page number bounded, so its offset is always one the database takes. */
export function pageWindow(page: number | undefined, perPage: number) {
	const bounded = boundedPage(page);
	return { page: bounded, perPage, limit: perPage, offset: (bounded - 1) * perPage };
}

export const pageOf = <T>(items: T[], total: number, window: { page: number; perPage: number }): Page<T> => ({
	items,
	total,
	page: window.page,
	perPage: window.perPage
});

export const emptyPage = <T>(perPage: number): Page<T> => ({ items: [], total: 0, page: 1, perPage });
