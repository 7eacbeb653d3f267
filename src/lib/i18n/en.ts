import { core } from './en/core';
import { directory } from './en/directory';
import { directoryPublic } from './en/directory-public';
import { map } from './en/map';
import { imports } from './en/imports';
import { notifications } from './en/notifications';
import { meta } from './en/meta';

/** English, second language: the same keys as German, fragment by fragment. */
export const en = { ...core, ...directory, ...directoryPublic, ...map, ...imports, ...notifications, ...meta };
