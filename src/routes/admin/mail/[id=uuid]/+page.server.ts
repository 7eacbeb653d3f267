import type { PageServerLoad } from './$types';
import { showMail } from '$lib/server/core/mail/show-outbox';
import { valueOrError } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals, params }) => ({ mail: valueOrError(await showMail(locals.ctx, params.id), locals.locale) });
