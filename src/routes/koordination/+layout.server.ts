import type { LayoutServerLoad } from './$types';
import { requireTenantPermission } from '$lib/server/core/http/guards';
import { navigationFor } from '$lib/server/core/navigation';

export const load: LayoutServerLoad = async (event) => {
	requireTenantPermission(event, 'area.coordination');
	return { navigation: await navigationFor(event.locals.ctx, 'coordination') };
};
