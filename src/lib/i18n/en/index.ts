// The English fragments, one line per capability, named like the German ones (en.ts checks that none is missing).
export { core } from './core';
export { notifications } from './notifications';
export { directory } from './directory';
export { directoryPublic } from './directory-public';
export { map } from './map';
export { imports } from './imports';
export { meta } from './meta';
export { forms } from './forms';
