// The German fragments, one line per capability: together they are the keys of `MessageKey`.
export { core } from './core';
export { notifications } from './notifications';
export { directory } from './directory';
export { directoryPublic } from './directory-public';
export { map } from './map';
export { imports } from './imports';
export { meta } from './meta';
export { home } from './home';
export { admin } from './admin';
export { mapViews } from './map-views';
export { office } from './office';
export { search } from './search';
export { forms } from './forms';
export { engagement } from './engagement';
export { engagementReach } from './engagement-reach';
