// The capability modules of this installation, in the order their navigation appears.
// Adding a module: create its folder with a module.ts, then list it here once.
import { directory } from './directory/module';
import { engagement } from './engagement/module';

export const modules = [directory, engagement];
