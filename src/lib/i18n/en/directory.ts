import type { Catalogue } from '../index';

export const directory: Catalogue<typeof import('../de/directory').directory> = {
	'directory.title': 'Directory of organisations'
};
