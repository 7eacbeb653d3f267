import type { PageServerLoad } from './$types';
import { listExportFiles } from '$lib/server/core/exports';
import { licenceOf } from '$lib/server/modules/directory';

export const load: PageServerLoad = ({ locals }) => ({ downloads: listExportFiles('open'), licence: licenceOf(locals.ctx) });
