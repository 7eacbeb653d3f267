import type { PageServerLoad } from './$types';
import { listWaitingApplications } from '$lib/server/modules/engagement';
import { valueOrError } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals }) => ({ waiting: valueOrError(await listWaitingApplications(locals.ctx), locals.locale) });
