import type { PageServerLoad } from './$types';
import { loadLegalPage } from '$lib/server/core/legal/load-page';

export const load: PageServerLoad = ({ locals }) => loadLegalPage(locals.ctx, 'imprint');
