import type { Catalogue } from '../index';

export const home: Catalogue<typeof import('../de/home').home> = {
	'home.directory_search': 'Search clubs, initiatives and organisations',
	'home.search_submit': 'Search'
};
