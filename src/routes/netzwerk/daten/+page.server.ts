import type { PageServerLoad } from './$types';
import { licenceOf } from '$lib/server/modules/directory';

export const load: PageServerLoad = ({ locals }) => ({ licence: licenceOf(locals.ctx) });
