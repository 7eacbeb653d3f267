import type { Catalogue } from '../index';

export const imports: Catalogue<typeof import('../de/imports').imports> = {};
