import { core } from './de/core';
import { directory } from './de/directory';
import { directoryPublic } from './de/directory-public';
import { map } from './de/map';
import { imports } from './de/imports';
import { notifications } from './de/notifications';
import { meta } from './de/meta';

/** German is the source language: every key starts here, plain language, formal "Sie". One file per capability. */
export const de = { ...core, ...directory, ...directoryPublic, ...map, ...imports, ...notifications, ...meta } as const;
