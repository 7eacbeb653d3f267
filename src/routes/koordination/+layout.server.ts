import type { LayoutServerLoad } from './$types';
import { requireTenantPermission } from '$lib/server/core/http/guards';
import { countOpenModeration } from '$lib/server/core/moderation';

export const load: LayoutServerLoad = async (event) => {
	requireTenantPermission(event, 'area.coordination');
	return { openModeration: await countOpenModeration(event.locals.ctx.db, event.locals.tenant.id) };
};
