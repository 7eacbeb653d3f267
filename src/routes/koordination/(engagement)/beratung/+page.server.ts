import type { PageServerLoad } from './$types';
import { listAdviceRequests } from '$lib/server/modules/engagement';
import { valueOrError } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals }) => ({ requests: valueOrError(await listAdviceRequests(locals.ctx), locals.locale) });
