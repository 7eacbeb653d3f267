// Everything core and the modules contribute (permissions, areas, navigation, jobs, personal
// data, moderation, API, statistics, exports) is installed here once, so all of it is known
// from the first request on, and by the command-line scripts too.
import { installModules } from './core/modules';
import { core } from './core/manifest';
import { modules } from './modules';

installModules([core, ...modules]);
