import type { Catalogue } from '../index';

export const directoryPublic: Catalogue<typeof import('../de/directory-public').directoryPublic> = {};
