import * as fragments from './en/index';
import type { Catalogue, Fragments } from './messages';

// Every German fragment has its English twin with the same keys: a missing one is a type error.
const checked: { [F in keyof Fragments]: Catalogue<Fragments[F]> } = fragments;

/** English, second language: the same keys as German, fragment by fragment. */
export const en: Catalogue = Object.assign({}, ...Object.values(checked));
