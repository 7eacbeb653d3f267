import type { PageServerLoad } from './$types';
import { listModeration } from '$lib/server/core/moderation';
import { valueOrError } from '$lib/server/core/http/results';
import { DASHBOARD_ITEMS, showOfficeDashboard, STALE_AFTER_MONTHS } from '$lib/server/modules/directory';

/** The office's start page: what waits, what is out of date, what the map lacks, what changed. */
export const load: PageServerLoad = async ({ locals }) => {
	const [waiting, dashboard] = await Promise.all([listModeration(locals.ctx), showOfficeDashboard(locals.ctx)]);
	const open = valueOrError(waiting, locals.locale);
	return {
		waiting: {
			total: open.length,
			newest: [...open]
				.reverse()
				.slice(0, DASHBOARD_ITEMS)
				.map((item) => ({ id: item.id, title: item.subject?.title ?? item.subjectType, submittedAt: item.submittedAt, proposer: item.proposer?.name ?? null }))
		},
		staleMonths: STALE_AFTER_MONTHS,
		...valueOrError(dashboard, locals.locale)
	};
};
