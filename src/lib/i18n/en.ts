import { core } from './en/core';
import { directory } from './en/directory';

/** English, second language: the same keys as German, fragment by fragment. */
export const en = { ...core, ...directory };
