import type { Catalogue } from '../index';

export const map: Catalogue<typeof import('../de/map').map> = {};
