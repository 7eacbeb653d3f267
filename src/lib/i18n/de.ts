import { core } from './de/core';
import { directory } from './de/directory';

/** German is the source language: every key starts here, plain language, formal "Sie". One file per capability. */
export const de = { ...core, ...directory } as const;
