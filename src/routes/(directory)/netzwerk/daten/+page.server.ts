import type { PageServerLoad } from './$types';
import { listExportFiles } from '$lib/server/core/exports';

export const load: PageServerLoad = () => ({ downloads: listExportFiles('open') });
