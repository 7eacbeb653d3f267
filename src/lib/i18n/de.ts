import * as fragments from './de/index';
import type { Catalogue } from './messages';

/** German is the source language: every key starts here, plain language, formal "Sie". */
export const de: Catalogue = Object.assign({}, ...Object.values(fragments));
