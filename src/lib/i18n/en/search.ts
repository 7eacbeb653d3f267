import type { Catalogue } from '../index';

export const search: Catalogue<typeof import('../de/search').search> = {
	'error.phone': 'Please enter a phone number made of digits, e.g. 04698 123-45 or +49 4698 12345. Spaces, +, ( ), / and - are allowed too.'
};
